using System.Reflection;

namespace Memorization.Cli.Infrastructure;

/// <summary>
/// What <c>repro --version</c> prints: the version and the git commit the tool was built from (the SDK appends it to
/// the informational version as <c>+&lt;sha&gt;</c>), and the LibTorch bundle the library was built against.
/// </summary>
public static class ReproVersion
{
    /// <summary>The version without the commit, e.g. <c>1.0.0</c>.</summary>
    public static string Version => Split(Informational(typeof(ReproVersion).Assembly)).Version;

    /// <summary>The full commit the tool was built from, or <c>unknown</c> (built outside a git checkout).</summary>
    public static string Commit => Split(Informational(typeof(ReproVersion).Assembly)).Commit;

    /// <summary>One line, e.g. <c>repro 1.0.0 (commit 1521835…, libtorch-cpu-linux-x64 2.10.0)</c>.</summary>
    public static string Line()
    {
        string? libTorch = typeof(Memorization.Configuration.ReproSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "LibTorchVersion")?.Value;
        return $"repro {Version} (commit {Commit}" + (string.IsNullOrWhiteSpace(libTorch) ? ")" : $", {libTorch})");
    }

    /// <summary>Splits an informational version <c>1.0.0+sha</c> into version and commit.</summary>
    public static (string Version, string Commit) Split(string informational)
    {
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? (informational, "unknown") : (informational[..plus], informational[(plus + 1)..]);
    }

    private static string Informational(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
}
