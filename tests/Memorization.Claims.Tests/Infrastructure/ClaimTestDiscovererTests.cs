using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Memorization.Claims.Tests.Infrastructure;

/// <summary>The discoverer yields one case per claim file with the traits the filters use, and cases survive serialization.</summary>
public sealed class ClaimTestDiscovererTests
{
    private static readonly MethodInfo ClaimMethod = typeof(ClaimTests).GetMethod(nameof(ClaimTests.Claim))!;

    private static ITestMethod TestMethod()
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(ClaimTests).Assembly));
        var collection = new TestCollection(assembly, null, "claims");
        return new Xunit.Sdk.TestMethod(new TestClass(collection, Reflector.Wrap(typeof(ClaimTests))), Reflector.Wrap(ClaimMethod));
    }

    [Fact]
    public void OneCasePerClaimWithClaimTaskTierAndDeviceTraits()
    {
        var attribute = Reflector.Wrap(ClaimMethod.CustomAttributes.Single(a => a.AttributeType == typeof(ClaimFactAttribute)));
        var cases = new ClaimTestDiscoverer(new NullMessageSink()).Discover(new DefaultOptions(), TestMethod(), attribute).ToList();
        var suite = ClaimTestHost.Suite();
        Assert.Equal(suite.Claims.Select(c => c.Id), cases.Select(c => Assert.Single(c.Traits["Claim"])));
        IXunitTestCase sing = Assert.Single(cases, c => c.Traits["Claim"].Single() == "SING");
        Assert.Equal("BOTH", Assert.Single(sing.Traits["Task"]));
        Assert.Equal(ClaimTestHost.Settings.Tier.ToString().ToLowerInvariant(), Assert.Single(sing.Traits["Tier"]));
        Assert.Contains(Assert.Single(sing.Traits["Device"]), new[] { "cpu", "cuda" });
        Assert.Equal(["SING"], sing.TestMethodArguments);
    }

    /// <summary>
    /// The GPU workflow runs the paper tier in shards, one <c>--filter</c> per shard over these traits: a claim no shard
    /// selects is never run on a GPU runner (MULTIPLICITY and SCALING were missed that way), and one selected twice is
    /// run and reported twice.
    /// </summary>
    [Fact]
    public void EveryClaimIsInExactlyOneGpuPaperShard()
    {
        var attribute = Reflector.Wrap(ClaimMethod.CustomAttributes.Single(a => a.AttributeType == typeof(ClaimFactAttribute)));
        var cases = new ClaimTestDiscoverer(new NullMessageSink()).Discover(new DefaultOptions(), TestMethod(), attribute).ToList();
        string workflow = Path.Combine(ClaimTestHost.Suite().Repository.Root, ".github", "workflows", "repro.yml");
        IReadOnlyList<string> shards = GpuPaperShardFilters(File.ReadAllLines(workflow));
        Assert.NotEmpty(shards);
        foreach (IXunitTestCase testCase in cases)
        {
            string[] selecting = shards.Where(filter => filter.Split('|').Any(term => Selects(term, testCase))).ToArray();
            Assert.True(selecting.Length == 1,
                $"claim {testCase.Traits["Claim"].Single()} is selected by {selecting.Length} gpu-paper shard(s) of {workflow} ({string.Join("; ", selecting)}): add it to exactly one filter");
        }
    }

    // The quoted filters of the gpu-paper job's matrix: the list items after its "filter:" key, up to "steps:".
    private static List<string> GpuPaperShardFilters(string[] lines)
    {
        int job = Array.FindIndex(lines, l => l.TrimEnd() == "  gpu-paper:");
        int start = Array.FindIndex(lines, job, l => l.Trim() == "filter:");
        var filters = new List<string>();
        for (int i = start + 1; i < lines.Length && lines[i].Trim().StartsWith('-'); i++)
        {
            filters.Add(lines[i].Trim().TrimStart('-').Trim().Trim('"'));
        }

        return filters;
    }

    private static bool Selects(string term, IXunitTestCase testCase)
    {
        string[] parts = term.Split('=', 2);
        return testCase.Traits.TryGetValue(parts[0], out List<string>? values) && values.Contains(parts[1], StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void ACaseKeepsItsTraitsAndSkipReasonThroughSerialization()
    {
        var original = new ClaimTestCase(new NullMessageSink(), TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None, TestMethod(),
            "RECON-MLP", "HCL", "paper", "cpu", "tier paper of claim RECON-MLP needs a GPU");
        var copy = SerializationHelper.Deserialize<ClaimTestCase>(SerializationHelper.Serialize(original))!;
        Assert.Equal("Claim RECON-MLP (paper, cpu)", copy.DisplayName);
        Assert.Equal("tier paper of claim RECON-MLP needs a GPU", copy.SkipReason);
        Assert.Equal(["HCL"], copy.Traits["Task"]);
        Assert.Equal(["paper"], copy.Traits["Tier"]);
        Assert.Equal(original.UniqueID, copy.UniqueID);
    }

    private sealed class DefaultOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }
}
