namespace Memorization;

/// <summary>
/// A parameter of the science — a task's size or noise, a learner's or attack's hyperparameter, an experiment's
/// option — has an impossible value. The one exception for such values in every layer; the harness turns it into a
/// located error of the claim file that gave the value. (Settings of the suite itself — MSBuild properties,
/// environment variables, command-line options — use <see cref="Configuration.InvalidOptionException"/>.)
/// </summary>
/// <remarks>An <see cref="ArgumentException"/>, so callers that treat any bad argument alike still catch it.</remarks>
public sealed class InvalidParameterException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="parameter"/> with a message that names the valid values.</summary>
    public InvalidParameterException(string parameter, string message)
        : base(message, parameter)
    {
        Parameter = parameter;
    }

    /// <summary>The parameter's name, e.g. <c>Steps</c> or <c>rho</c>.</summary>
    public string Parameter { get; }

    /// <summary>The message alone (without <see cref="ArgumentException"/>'s "(Parameter '…')" suffix), as users see it.</summary>
    public override string Message => base.Message.Replace($" (Parameter '{ParamName}')", string.Empty, StringComparison.Ordinal);
}
