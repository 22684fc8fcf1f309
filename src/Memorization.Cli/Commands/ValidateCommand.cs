using System.Globalization;
using Memorization.Claims;
using Memorization.Claims.Validation;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro claims validate</c>: every problem of every claim file. With <c>--format msbuild</c> each is one
/// canonical line that MSBuild's Exec task turns into a build error with file and line (src/Memorization.Build/Claims.targets).
/// </summary>
public sealed class ValidateCommand(ReproEnvironment environment) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings)
    {
        ClaimSuite suite = environment.Suite(settings.Root);
        Func<ClaimError, string> format = settings.Format == "msbuild" ? ClaimErrorFormatter.MsBuild : ClaimErrorFormatter.Text;
        foreach (ClaimError error in suite.Errors)
        {
            environment.Out.WriteLine(format(error));
        }

        if (suite.Errors.Count == 0)
        {
            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"repro: {suite.Files.Count} claim file(s) and {suite.Experiments.Count} experiment file(s) valid; false-alarm budget {FalseAlarmBudget.Spent(suite.Claims):P3} of {FalseAlarmBudget.Limit:P0} " +
                $"(assertions {FalseAlarmBudget.AssertionsSpent(suite.Claims):P3}, {FalseAlarmBudget.ToleranceChecks(suite.Claims)} baseline tolerances at {FalseAlarmBudget.ToleranceSigmas:G} σ {FalseAlarmBudget.ToleranceChecks(suite.Claims) * FalseAlarmBudget.ToleranceFalseAlarm:P3})."));
            return ExitCodes.Ok;
        }

        return ExitCodes.CheckFailed;
    }
}
