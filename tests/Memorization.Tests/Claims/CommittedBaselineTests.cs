using System.Text.Json;
using Memorization.Claims;
using Memorization.Claims.Baselines;
using Memorization.Configuration;

namespace Memorization.Tests.Claims;

/// <summary>The baselines committed in this repository still read and verify after a format change (new optional fields).</summary>
public class CommittedBaselineTests
{
    private static readonly ReproRepository Repository = new(ReproSettings.Load(typeof(CommittedBaselineTests).Assembly).RepositoryRoot!);

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Repository.BaselinesDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Repository.Relative(file));
        }

        return files;
    }

    [Fact]
    public void TheAccLrSmokeBaselineIsCommitted() =>
        Assert.Contains<object[]>(Files(), row => (string)row[0] == "baselines/ACC-LR/smoke.cpu.json");

    [Theory]
    [MemberData(nameof(Files))]
    public void ACommittedBaselineStillVerifiesAndWritesBackByteForByte(string relative)
    {
        string[] parts = relative.Split('/');
        string[] name = Path.GetFileNameWithoutExtension(parts[2]).Split('.');
        BaselineDocument document = new BaselineStore(Repository).TryRead(parts[1], name[0], name[1])!;
        Assert.Equal(BaselineStore.Hash(document), document.Sha256);

        string text = File.ReadAllText(Path.Combine(Repository.Root, relative));
        Assert.Equal(text, JsonSerializer.Serialize(document, ClaimJson.Indented) + "\n");
    }
}
