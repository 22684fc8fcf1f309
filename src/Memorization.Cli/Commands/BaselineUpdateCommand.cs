namespace Memorization.Cli.Commands;

/// <summary><c>repro baseline update</c>: runs the selected claims and rewrites their baselines (atomically) when every assertion holds.</summary>
public sealed class BaselineUpdateCommand(ReproEnvironment environment) : RunCommand(environment)
{
    protected override bool UpdateBaselines => true;
}
