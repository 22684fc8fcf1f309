using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Memorization.Claims;
using Memorization.Claims.Audit;
using Memorization.Claims.Files;
using Memorization.Cli.Commands;
using Memorization.Devices;

namespace Memorization.Cli.Audit;

/// <summary>
/// Runs each audit run in a new <c>repro</c> process (<c>dotnet repro.dll audit-run …</c>, a hidden command), so the run is
/// computed from scratch: no in-process experiment cache, model or data survives from another run. The process writes its
/// result and record under a temporary folder of its own, never into the user's <c>artifacts/</c>; thread-count and
/// instruction-set variants are set in its environment (<c>OMP_NUM_THREADS</c>, <c>MKL_NUM_THREADS</c>,
/// <c>ATEN_CPU_CAPABILITY</c>) before LibTorch loads. The folder is deleted afterwards.
/// </summary>
public sealed class ChildProcessAuditRunner : IAuditRunner
{
    private const int OutputLinesKept = 6;

    /// <inheritdoc />
    public AuditRunOutcome Run(AuditRequest request)
    {
        string folder = Path.Combine(Path.GetTempPath(), "repro-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        try
        {
            string record = Path.Combine(folder, "record.json");
            ProcessStartInfo start = StartInfo(request, record, Path.Combine(folder, "artifacts"));
            using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
            var tail = new Queue<string>();
            void Keep(object _, DataReceivedEventArgs e)
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (tail)
                {
                    tail.Enqueue(e.Data);
                    while (tail.Count > OutputLinesKept)
                    {
                        tail.Dequeue();
                    }
                }
            }

            process.OutputDataReceived += Keep;
            process.ErrorDataReceived += Keep;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            double wall = clock.Elapsed.TotalSeconds;
            GuardedText text = GuardedFile.ReadText(record, record, folder, 256L * 1024 * 1024, "audit record");
            if (process.ExitCode != ExitCodes.Ok || text.Text is null)
            {
                string output;
                lock (tail)
                {
                    output = string.Join(" | ", tail);
                }

                return new AuditRunOutcome(null, $"the audit run (process {process.Id}) exited with code {process.ExitCode} without a result: {output}", wall);
            }

            return new AuditRunOutcome(JsonSerializer.Deserialize<AuditRunRecord>(text.Text, ClaimJson.Indented), null, wall);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or JsonException or IOException)
        {
            return new AuditRunOutcome(null, $"the audit run could not be carried out: {ex.Message}", clock.Elapsed.TotalSeconds);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder under /tmp; the system cleans it eventually.
            }
        }
    }

    /// <summary>The command line of the run: this very <c>repro</c> (same build), through the <c>dotnet</c> host that runs it.</summary>
    public static ProcessStartInfo StartInfo(AuditRequest request, string recordPath, string artifactsPath)
    {
        string repro = typeof(ReproApp).Assembly.Location;
        string? host = Environment.ProcessPath;
        bool viaDotnet = host is null || !Path.GetFileNameWithoutExtension(host).Equals("repro", StringComparison.Ordinal);
        var start = new ProcessStartInfo(viaDotnet ? DotnetHost(host) : host!)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = request.Root,
        };
        if (viaDotnet)
        {
            start.ArgumentList.Add(repro);
        }

        foreach (string argument in (string[])
                 [
                     AuditRunCommand.Name, "--claim", request.ClaimId, "--tier", request.Tier.ToString().ToLowerInvariant(),
                     "--device", request.Device.ToString().ToLowerInvariant(), "--record", recordPath, "--artifacts", artifactsPath, "--root", request.Root,
                 ])
        {
            start.ArgumentList.Add(argument);
        }

        if (request.Seed is { } seed)
        {
            start.ArgumentList.Add("--seed");
            start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Threads is { } threads)
        {
            string n = threads.ToString(CultureInfo.InvariantCulture);
            start.ArgumentList.Add("--threads");
            start.ArgumentList.Add(n);
            start.Environment["OMP_NUM_THREADS"] = n;
            start.Environment["MKL_NUM_THREADS"] = n;
        }

        if (request.CpuCapability is { } capability)
        {
            start.Environment[AtenCapability.Variable] = capability;
        }

        return start;
    }

    // The muxer that runs this process when it is `dotnet repro.dll` (or the test host); else DOTNET_HOST_PATH, else `dotnet`.
    private static string DotnetHost(string? host) =>
        host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.Ordinal) ? host
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path
        : "dotnet";
}
