using Memorization.Configuration;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro baseline update</c>: runs the selected claims and rewrites their baselines (atomically) when every assertion
/// holds. Refused in a CI run (<c>CI=true</c>) unless <c>--allow-in-ci</c> or REPRO_ALLOW_BASELINE_UPDATE_IN_CI=1 (<see cref="ContinuousIntegration"/>).
/// </summary>
public sealed class BaselineUpdateCommand(ReproEnvironment environment) : Command<BaselineUpdateSettings>
{
    public override int Execute(CommandContext context, BaselineUpdateSettings settings)
    {
        ContinuousIntegration.EnsureBaselineUpdateAllowed(environment.Variable, "repro baseline update", settings.AllowInCi);
        return new RunCommand(environment).Run(settings, updateBaselines: true);
    }
}
