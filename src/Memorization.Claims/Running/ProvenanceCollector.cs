using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using Memorization.Devices;
using TorchSharp;

namespace Memorization.Claims.Running;

/// <summary>Collects <see cref="Provenance"/> for a run.</summary>
public static class ProvenanceCollector
{
    /// <summary>
    /// Provenance of a run at <paramref name="repositoryRoot"/> on <paramref name="device"/> (null: LibTorch not
    /// used), with the CPU identity whenever LibTorch was used (its host CPU also feeds a GPU run).
    /// </summary>
    public static Provenance Collect(string repositoryRoot, ResolvedDevice? device, string deviceName, string tier, ulong seed, TimeSpan wallTime)
    {
        int? threads = device is null ? null : torch.get_num_threads();
        return new Provenance(
            GitCommit(repositoryRoot),
            typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown",
            typeof(ProvenanceCollector).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "LibTorchVersion")?.Value ?? "unknown",
            device?.Description ?? deviceName,
            RuntimeInformation.OSDescription,
            Environment.ProcessorCount,
            threads,
            RuntimeInformation.FrameworkDescription,
            tier,
            seed,
            Math.Round(wallTime.TotalSeconds, 3),
            DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            device is null ? null : CpuIdentityProbe.Current(threads));
    }

    /// <summary>HEAD's commit (with <c>+dirty</c> when tracked files outside baselines/ have changes), or <c>unknown</c> without git.</summary>
    public static string GitCommit(string repositoryRoot)
    {
        string? head = Git(repositoryRoot, "rev-parse HEAD");
        if (head is null)
        {
            return "unknown";
        }

        // Changes under baselines/ (being rewritten by this very run) do not make the measured code dirty.
        string? status = Git(repositoryRoot, "status --porcelain --untracked-files=no -- . \":(exclude)baselines\"");
        return string.IsNullOrEmpty(status) ? head : head + "+dirty";
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process? process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            string output = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(10_000) && process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
