using Memorization.Claims;
using Memorization.Claims.Measurements;
using Memorization.Claims.Running;
using Memorization.Cli.Audit;
using Memorization.Configuration;
using Memorization.Devices;
using Spectre.Console;

namespace Memorization.Cli;

/// <summary>What every command works with: where to write, the build's settings, where to look, what can measure.</summary>
/// <param name="Console">Rich output (tables, progress).</param>
/// <param name="Out">Plain lines (MSBuild error lines must not be wrapped or coloured).</param>
/// <param name="Settings">Tier, device, root baked in at build, overridden by REPRO_* variables.</param>
/// <param name="CurrentDirectory">Where the root search starts.</param>
/// <param name="Measurements">The measurement catalogue.</param>
/// <param name="ResolveDevice">Device resolution (tests pass a fake).</param>
/// <param name="AuditRunner">How <c>repro audit</c> carries out a run; default a process per run (tests pass runners without processes).</param>
/// <param name="Error">Where errors go (standard error); default <paramref name="Out"/>.</param>
/// <param name="Variables">The environment variables (<c>CI</c>, overrides); default none, so tests are hermetic.</param>
/// <param name="ProgressInterval">The least time between two plain progress lines of <c>repro run</c> off a terminal; default
/// <see cref="Infrastructure.PlainProgressLines.DefaultInterval"/> (tests pass a short one).</param>
public sealed record ReproEnvironment(
    IAnsiConsole Console,
    TextWriter Out,
    ReproSettings Settings,
    string CurrentDirectory,
    ClaimMeasurementCatalog Measurements,
    Func<DeviceOption, ResolvedDevice>? ResolveDevice = null,
    Func<IAuditRunner>? AuditRunner = null,
    TextWriter? Error = null,
    Func<string, string?>? Variables = null,
    TimeSpan? ProgressInterval = null)
{
    /// <summary>Where errors and, under <c>--json</c>, the human-readable lines go.</summary>
    public TextWriter Err => Error ?? Out;

    /// <summary>The environment variable <paramref name="name"/>, or null.</summary>
    public string? Variable(string name) => Variables?.Invoke(name);

    /// <summary>The device <paramref name="option"/> resolves to on this machine (loads LibTorch).</summary>
    /// <exception cref="DeviceUnavailableException">cuda without a GPU, or LibTorch does not load.</exception>
    public ResolvedDevice Resolve(DeviceOption option) => (ResolveDevice ?? TorchDevices.Resolve)(option);

    /// <summary>
    /// The repository: <paramref name="rootOption"/> (<c>--root</c>), else the folder of the .sln above the current
    /// directory, else the built-in root. The checkout one stands in comes first: the tool package (<c>dotnet repro</c>)
    /// carries the root of the checkout it was packed in, which may be another clone.
    /// </summary>
    public ReproRepository Repository(string? rootOption) =>
        ReproRepository.Locate(rootOption ?? SolutionAbove(CurrentDirectory), Settings.RepositoryRoot, CurrentDirectory);

    private static string? SolutionAbove(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ReproRepository.SolutionFile)) && Directory.Exists(Path.Combine(dir.FullName, "claims")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// Refuses, before anything runs or is written, a device this machine cannot serve (<c>--device cuda</c> without a
    /// GPU): a usage error (exit 2), where it used to run every claim into an error result that the report showed.
    /// </summary>
    /// <exception cref="DeviceUnavailableException">The device is not available; the message says what to choose instead.</exception>
    public void RequireAvailable(DeviceOption device)
    {
        if (device != DeviceOption.Cuda)
        {
            return;
        }

        try
        {
            (ResolveDevice ?? TorchDevices.Resolve)(device);
        }
        catch (DeviceUnavailableException ex)
        {
            // The library's message names MSBuild properties (it serves dotnet test too); a repro user gets repro's options.
            string why = ex.Message.Contains(TorchDevices.CudaUnavailable, StringComparison.Ordinal)
                ? TorchDevices.CudaUnavailable + ". Run on a GPU runner (repro built with -p:TorchBackend=cuda) with --device cuda,"
                : ex.Message + " On the command line:";
            throw new DeviceUnavailableException($"--device cuda cannot be served, so nothing was run: {why} or choose --device auto or --device cpu.", ex);
        }
    }

    /// <summary>The suite of the repository.</summary>
    public ClaimSuite Suite(string? rootOption) => new(Repository(rootOption), Measurements, ResolveDevice) { Hints = HintSyntax.Cli };
}
