using Memorization.Claims;
using Memorization.Claims.Measurements;
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
public sealed record ReproEnvironment(
    IAnsiConsole Console,
    TextWriter Out,
    ReproSettings Settings,
    string CurrentDirectory,
    ClaimMeasurementCatalog Measurements,
    Func<DeviceOption, ResolvedDevice>? ResolveDevice = null,
    Func<IAuditRunner>? AuditRunner = null)
{
    /// <summary>The repository: <paramref name="rootOption"/> (<c>--root</c>), else the built-in root, else the folder of the .sln above the current directory.</summary>
    public ReproRepository Repository(string? rootOption) => ReproRepository.Locate(rootOption, Settings.RepositoryRoot, CurrentDirectory);

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
            throw new DeviceUnavailableException($"--device cuda cannot be served, so nothing was run: {ex.Message} On the command line: --device auto or --device cpu.", ex);
        }
    }

    /// <summary>The suite of the repository.</summary>
    public ClaimSuite Suite(string? rootOption) => new(Repository(rootOption), Measurements, ResolveDevice);
}
