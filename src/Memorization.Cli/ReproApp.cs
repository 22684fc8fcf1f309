using Memorization.Claims;
using Memorization.Claims.Baselines;
using Memorization.Claims.Measurements;
using Memorization.Cli.Commands;
using Memorization.Cli.Infrastructure;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Memorization.Cli;

/// <summary>
/// The <c>repro</c> command line. Every error is caught here and printed to standard error as one message naming the bad
/// input and the valid choices (never a stack trace); exit codes (<see cref="ExitCodes"/>): 0 ok, 1 a check failed,
/// 2 usage error (device unavailable included), 3 an unexpected error.
/// </summary>
public static class ReproApp
{
    /// <summary>Every command, as typed.</summary>
    public static IReadOnlyList<string> Commands { get; } = ["list", "run", "audit", "tasks", "report", "baseline update", "baseline verify", "claims validate", "bench hcl"];

    /// <summary>Runs <c>repro</c> with <paramref name="args"/> in <paramref name="environment"/>; returns the exit code.</summary>
    public static int Run(string[] args, ReproEnvironment environment)
    {
        if (args is ["--version"] or ["-v"])
        {
            // Printed plainly: Spectre's version output goes through the console, which wraps it at the terminal's width.
            environment.Out.WriteLine(ReproVersion.Line());
            return ExitCodes.Ok;
        }

        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(ReproEnvironment), environment);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("repro");
            config.SetApplicationVersion(ReproVersion.Line());
            config.ConfigureConsole(environment.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.CaseSensitivity(CaseSensitivity.All);
            config.SetHelpProvider(new ExitCodeHelpProvider(config.Settings));
            config.AddCommand<ListCommand>("list").WithDescription("List the claims of claims/ (--json: as one JSON document).");
            config.AddCommand<RunCommand>("run").WithDescription("Run claims (default: all), print verdicts, write the report; --seeds runs a seed sweep.")
                .WithExample("run").WithExample("run", "--claim", "SING", "--tier", "smoke", "--device", "cpu").WithExample("run", "--seeds", "1-10")
                .WithExample("run", "--claim", "SING", "--json");
            config.AddCommand<AuditCommand>("audit").WithDescription(
                    "Run each claim twice from scratch, each run in its own process (nothing cached: the second run trains again), and compare every number bit for bit: IDENTICAL, or DIFFERENT with the first differing value. " +
                    "--threads and --isa add variants compared bit for bit or within the baseline tolerances. Writes no results or baselines.")
                .WithExample("audit", "--claim", "ACC-LR").WithExample("audit", "--claim", "SING", "--seeds", "1-3").WithExample("audit", "--claim", "ACC-LR", "--threads", "1", "--isa", "default");
            config.AddCommand<AuditRunCommand>(AuditRunCommand.Name).IsHidden();
            config.AddCommand<TasksCommand>("tasks").WithDescription(
                    "Print both tasks' singleton fraction, Bayes-optimal and forgetful errors per query set (and exact information at the tiny tier); no training. " +
                    "--task and the size options (--n, --N, --d, --delta, --rho, --rho-a, --test-size) describe an instance of any size; missing values come from the tier's preset.")
                .WithExample("tasks", "--tier", "tiny").WithExample("tasks", "--task", "nsp", "--n", "128", "--N", "128", "--d", "128", "--delta", "0.1");
            config.AddCommand<ReportCommand>("report").WithDescription("Write artifacts/report/ from artifacts/results/.");
            config.AddBranch("baseline", branch =>
            {
                branch.SetDescription("Stored reference values under baselines/.");
                branch.AddCommand<BaselineUpdateCommand>("update").WithDescription("Run claims and rewrite their baselines. Refused when CI=true unless --allow-in-ci or REPRO_ALLOW_BASELINE_UPDATE_IN_CI=1.");
                branch.AddCommand<BaselineVerifyCommand>("verify").WithDescription(
                    "Gate, no measuring: the baselines a run at --tier/--device/--seed would compare with are there, sealed (SHA-256) and belong to their claim, tier and device; no stray, stale or half-written files.")
                    .WithExample("baseline", "verify").WithExample("baseline", "verify", "--tier", "paper", "--device", "cuda");
            });
            config.AddBranch("bench", branch =>
            {
                branch.SetDescription("Wall-time benchmarks (README \"Performance\"); nothing asserts on them.");
                branch.AddCommand<BenchHclCommand>("hcl").WithDescription("Time the published HCL experiment's pieces at paper scale (training, attacks on all singletons, estimated total).")
                    .WithExample("bench", "hcl", "--threads", "2", "--json", "bench.json");
            });
            config.AddBranch("claims", branch =>
            {
                branch.SetDescription("The claim files under claims/.");
                branch.AddCommand<ValidateCommand>("validate").WithDescription("Report every problem of every claim file.");
            });
        });

        try
        {
            return app.Run(SingleLetterOptions.Rewrite(args));
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            string hint = ex is CommandParseException && ex.Message.StartsWith("Unknown command", StringComparison.Ordinal)
                ? " Valid commands: " + string.Join(", ", Commands) + "."
                : "";
            environment.Err.WriteLine("repro: " + ex.Message.ReplaceLineEndings(Environment.NewLine + "  ") + hint);
            return ExitCodes.Usage;
        }
        catch (Exception ex)
        {
            environment.Err.WriteLine($"repro: unexpected error ({ex.GetType().Name}): {ex.Message}");
            return ExitCodes.Unexpected;
        }
    }

    /// <summary>
    /// The environment of the real tool: the console (no ANSI at all under NO_COLOR or when redirected), results on standard output, errors
    /// on standard error, the settings built in, the library's measurements, the process's environment variables.
    /// </summary>
    public static ReproEnvironment DefaultEnvironment() => new(
        // Spectre decides on ANSI from TERM alone; output piped to a file or another program gets none.
        ReproConsole.Create(Console.Out, Environment.GetEnvironmentVariable, Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect),
        Console.Out,
        ReproSettings.Load(typeof(ReproApp).Assembly),
        Directory.GetCurrentDirectory(),
        ClaimMeasurementCatalog.Default,
        Error: Console.Error,
        Variables: Environment.GetEnvironmentVariable);

    private static bool IsUserError(Exception ex) => ex is CommandAppException or InvalidOptionException or UnknownClaimException
        or InvalidClaimsException or DeviceUnavailableException or DirectoryNotFoundException or BaselineException or InvalidDataException
        or ClaimParameterException or ArgumentException;
}
