using BenchmarkDotNet.Running;

namespace Memorization.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project src/Memorization.Benchmarks -- --filter '*'</c> (add <c>--job short</c>
/// for a quick run). Benchmarks run in process: the patched TorchSharp native library of this project's output is the one
/// that loads on hosts with an older libstdc++ (see docs/engineering.md#native-library-fix), which a separately generated benchmark project would lack.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        string[] arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(arguments);
    }
}
