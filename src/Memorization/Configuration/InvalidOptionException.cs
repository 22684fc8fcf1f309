namespace Memorization.Configuration;

/// <summary>A setting (MSBuild property, environment variable or command-line option) has a value the suite does not know.</summary>
public sealed class InvalidOptionException(string setting, string message) : Exception(message)
{
    /// <summary>The setting's name, e.g. <c>ReproDevice</c> or <c>--tier</c>.</summary>
    public string Setting { get; } = setting;
}
