using System.ComponentModel;
using Memorization.Configuration;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>Options of <c>repro baseline update</c>: those of <c>run</c>, and the override of the CI refusal.</summary>
public sealed class BaselineUpdateSettings : RunSettings
{
    [CommandOption(ContinuousIntegration.AllowBaselineUpdateOption)]
    [Description("Rewrite baselines even though CI is set (CI runs refuse by default; same as REPRO_ALLOW_BASELINE_UPDATE_IN_CI=1).")]
    public bool AllowInCi { get; init; }
}
