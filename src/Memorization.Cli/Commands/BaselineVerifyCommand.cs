using Memorization.Claims;
using Memorization.Claims.Baselines;
using Memorization.Claims.Specs;
using Memorization.Cli.Json;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console.Cli;

namespace Memorization.Cli.Commands;

/// <summary>
/// <c>repro baseline verify</c>: the gate reviewers and CI run on a checkout, without measuring. For the selected claims
/// at the tier, device and seed a run would use, every baseline the run would compare with is there, sealed and belongs
/// to its claim, tier and device (<see cref="BaselineVerifier"/>); stray files (unused tiers, interrupted writes,
/// folders of removed claims) are problems too. Without <c>--tier</c> every stored tier's files are verified as well;
/// <c>--tier</c>, <c>--device</c> (cpu, cuda: that device's files and the fallback a run would use) and <c>--seed</c>
/// narrow it as they narrow a run; <c>--json</c> prints the findings as one document (<see cref="VerifyJson"/>). Exit 1 on any problem.
/// </summary>
public sealed class BaselineVerifyCommand(ReproEnvironment environment) : Command<BaselineVerifySettings>
{
    public override int Execute(CommandContext context, BaselineVerifySettings settings)
    {
        Tier tier = settings.ResolveTier(environment.Settings);
        DeviceOption device = settings.ResolveDevice(environment.Settings);
        ulong? seed = settings.Seed;
        ClaimSuite suite = environment.Suite(settings.Root);
        suite.EnsureValid();
        IReadOnlyList<ClaimSpec> claims = settings.Select(suite);
        var verifier = new BaselineVerifier(new BaselineStore(suite.Repository),
            () => (environment.ResolveDevice ?? TorchDevices.Resolve)(DeviceOption.Auto).Kind == DeviceOption.Cuda)
        { Hints = suite.Hints };
        IReadOnlyList<BaselineFinding> findings = verifier.Verify(claims, tier, settings.Tier is not null, device, seed, everyClaim: settings.Claims.Length == 0);

        int problems = findings.Count(f => f.IsProblem);
        int verified = findings.Count(f => f.Kind == BaselineFindingKind.Ok);
        string scope = $"tier {tier.ToString().ToLowerInvariant()}{(settings.Tier is null ? " (and every stored tier's files)" : "")}, device {device.ToString().ToLowerInvariant()}, " +
                       (seed is null ? "each claim's seed" : $"seed {seed}");
        int code = problems == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
        if (settings.Json)
        {
            CliJson.Write(environment.Out, new VerifyJson(scope, claims.Count,
                findings.Select(f => new VerifyFindingJson(f.Kind, f.File, f.Message, f.IsProblem)).ToArray(), verified, problems, code));
            return code;
        }

        foreach (BaselineFinding finding in findings)
        {
            string label = finding.Kind == BaselineFindingKind.Note ? "note" : finding.Kind.ToString().ToUpperInvariant();
            // Messages of the baseline reader already start with the file's name.
            string text = finding.Message.StartsWith(finding.File, StringComparison.Ordinal) ? finding.Message : $"{finding.File}: {finding.Message}";
            environment.Out.WriteLine($"  {label,-8} {text}");
        }

        environment.Out.WriteLine(problems == 0
            ? $"repro: {verified} baseline file(s) verified, no problem ({claims.Count} claim(s); {scope})."
            : $"repro: {problems} baseline problem(s), {verified} file(s) verified ({claims.Count} claim(s); {scope}).");
        return code;
    }
}
