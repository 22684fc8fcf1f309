using System.Reflection;
using Memorization.Build.NativeCompat;
using Snapshooter.Xunit;

namespace Memorization.Tests.Build;

/// <summary>
/// The build's fix of TorchSharp's native library, run on a copy of the real, unpatched library from
/// the NuGet cache (whose path the build records in this assembly).
/// </summary>
public sealed class NativeFixTests : IDisposable
{
    private const string Version = "GLIBCXX_3.4.32";
    private readonly string _folder = Directory.CreateTempSubdirectory("repro-elf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string PristineLibrary()
    {
        string? path = typeof(NativeFixTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "PristineLibTorchSharp")?.Value;
        Assert.False(string.IsNullOrEmpty(path), "the build did not record the NuGet copy of libLibTorchSharp.so");
        Assert.True(File.Exists(path), $"recorded library {path} does not exist");
        return path!;
    }

    private string CopyOfPristine()
    {
        string copy = Path.Combine(_folder, "libLibTorchSharp.so");
        File.Copy(PristineLibrary(), copy);
        return copy;
    }

    [Fact]
    public void ThePristineLibraryRequiresTheMarkerVersion() =>
        Assert.Contains(new KeyValuePair<string, string>("libstdc++.so.6", Version),
            VersionRequirementPatcher.ListRequirements(File.ReadAllBytes(PristineLibrary())));

    [Fact]
    public void TheFixRemovesOnlyThatRequirement()
    {
        string copy = CopyOfPristine();
        var before = VersionRequirementPatcher.ListRequirements(File.ReadAllBytes(copy));

        PatchOutcome outcome = VersionRequirementPatcher.PatchFile(copy, Version);

        Assert.Equal(PatchStatus.Patched, outcome.Status);
        Assert.Contains("ios_base_library_init", outcome.Message);
        var after = VersionRequirementPatcher.ListRequirements(File.ReadAllBytes(copy));
        Assert.DoesNotContain(after, r => r.Value == Version);
        Assert.Equal(before.Where(r => r.Value != Version), after);
        Assert.Equal(before.Count - 1, after.Count);
    }

    [Fact]
    public void ThePatchedRequirementsMatchTheSnapshot()
    {
        // Deterministic for the pinned TorchSharp version: a new version that changes its native
        // requirements shows up here first, before it breaks loading on older hosts.
        string copy = CopyOfPristine();
        VersionRequirementPatcher.PatchFile(copy, Version);
        Snapshot.Match(VersionRequirementPatcher.ListRequirements(File.ReadAllBytes(copy))
            .Select(r => $"{r.Key} {r.Value}").ToArray());
    }

    [Fact]
    public void ASecondRunChangesNothing()
    {
        string copy = CopyOfPristine();
        Assert.Equal(PatchStatus.Patched, VersionRequirementPatcher.PatchFile(copy, Version).Status);
        byte[] once = File.ReadAllBytes(copy);

        PatchOutcome again = VersionRequirementPatcher.PatchFile(copy, Version);

        Assert.Equal(PatchStatus.NotRequired, again.Status);
        Assert.Equal(once, File.ReadAllBytes(copy));
    }

    [Fact]
    public void TheFixWritesANewFileSoAHardLinkedCacheIsNotWrittenThrough()
    {
        string copy = CopyOfPristine();
        string link = Path.Combine(_folder, "cache-twin.so");
        File.CreateSymbolicLink(link, copy); // stands for any second name of the same bytes
        byte[] original = File.ReadAllBytes(copy);
        string renamedAway = Path.Combine(_folder, "kept.so");
        File.Copy(copy, renamedAway);

        VersionRequirementPatcher.PatchFile(copy, Version);

        Assert.Equal(original, File.ReadAllBytes(renamedAway));
        Assert.NotEqual(original, File.ReadAllBytes(copy));
    }

    [Fact]
    public void AFileThatIsNotElfIsRefusedAndLeftByteIdentical()
    {
        string path = Path.Combine(_folder, "libLibTorchSharp.so");
        byte[] text = "this is not a shared library\n"u8.ToArray();
        File.WriteAllBytes(path, text);

        PatchOutcome outcome = VersionRequirementPatcher.PatchFile(path, Version);

        Assert.Equal(PatchStatus.Refused, outcome.Status);
        Assert.Contains("not an ELF file", outcome.Message);
        Assert.Equal(text, File.ReadAllBytes(path));
    }

    [Fact]
    public void ATruncatedLibraryIsRefusedAndLeftByteIdentical()
    {
        string path = Path.Combine(_folder, "libLibTorchSharp.so");
        byte[] truncated = File.ReadAllBytes(PristineLibrary())[..4096];
        File.WriteAllBytes(path, truncated);

        PatchOutcome outcome = VersionRequirementPatcher.PatchFile(path, Version);

        Assert.Equal(PatchStatus.Refused, outcome.Status);
        Assert.Contains("outside the file", outcome.Message);
        Assert.Equal(truncated, File.ReadAllBytes(path));
    }

    [Fact]
    public void ALibraryWhoseRelocatedSymbolStillUsesTheVersionIsRefusedAndLeftByteIdentical()
    {
        string path = CopyOfPristine();
        byte[] image = File.ReadAllBytes(path);
        ushort index = VersionRequirementPatcher.RequirementIndex(image, Version)!.Value;
        ElfImage elf = ElfImage.Parse(image);
        ElfSection versym = elf.FindByType(ElfImage.ShtGnuVersym)!;
        // Give one symbol that a relocation really uses the marker's version: now the requirement is real.
        int relocated = VersionRequirementPatcher.RelocatedSymbols(elf).First(s => s > 0 && elf.U16((int)versym.Offset + 2 * s) > 1);
        elf.SetU16((int)versym.Offset + 2 * relocated, index);
        File.WriteAllBytes(path, image);

        PatchOutcome outcome = VersionRequirementPatcher.PatchFile(path, Version);

        Assert.Equal(PatchStatus.Refused, outcome.Status);
        Assert.Contains("referenced by a relocation", outcome.Message);
        Assert.Contains(elf.DynamicSymbolName(relocated), outcome.Message);
        Assert.Equal(image, File.ReadAllBytes(path));
    }

    [Fact]
    public void TheHostLibraryIsReadForTheVersionsItDefines()
    {
        string? host = HostLibStdCxx.Locate();
        Assert.NotNull(host);
        byte[] image = File.ReadAllBytes(host!);
        Assert.True(ElfVersions.Defines(image, "GLIBCXX_3.4"));
        Assert.False(ElfVersions.Defines(image, "GLIBCXX_99.0"));
    }

    [Fact]
    public void TheBuildOutputCopyLoadsOnThisHost()
    {
        // Every copy of the library in this test's output folder has been fixed when the host needs it.
        string output = AppContext.BaseDirectory;
        bool hostHasVersion = ElfVersions.Defines(File.ReadAllBytes(HostLibStdCxx.Locate()!), Version);
        string[] copies = Directory.GetFiles(output, "libLibTorchSharp.so", SearchOption.AllDirectories);
        Assert.NotEmpty(copies);
        foreach (string copy in copies)
        {
            bool requires = VersionRequirementPatcher.ListRequirements(File.ReadAllBytes(copy)).Any(r => r.Value == Version);
            Assert.True(hostHasVersion || !requires, $"{copy} still requires {Version}, which this host's libstdc++ lacks");
        }
    }
}
