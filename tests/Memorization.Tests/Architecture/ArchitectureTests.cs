using System.Reflection;
using Memorization.Claims;
using Memorization.Tasks;
using NetArchTest.Rules;

namespace Memorization.Tests.Architecture;

public class ArchitectureTests
{
    private static readonly Assembly Science = typeof(HclParameters).Assembly;
    private static readonly Assembly Harness = typeof(ClaimSuite).Assembly;

    [Fact]
    public void TheScienceAssemblyReferencesNeitherTheHarnessNorItsLibraries()
    {
        string[] references = Science.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.DoesNotContain("Memorization.Claims", references);
        Assert.DoesNotContain("repro", references);
        Assert.DoesNotContain("YamlDotNet", references);
        Assert.DoesNotContain("ScottPlot", references);
        Assert.Equal("Memorization.Claims", Harness.GetName().Name);
        Assert.Contains("Memorization", Harness.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void LayersOfTheScienceAreUsedInOneDirection()
    {
        IReadOnlyList<string> violations = LayerRules.Violations(Types.InAssembly(Science), LayerRules.Science);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TheHarnessTrainsNothingItself()
    {
        string[] entryPoints = LayerRules.ScienceEntryPoints(Science);
        Assert.Contains("Memorization.Learners.Trained.MlpTrainer", entryPoints);
        Assert.Contains("Memorization.Experiments.Hcl.HclExperimentRunner", entryPoints);
        TestResult result = Types.InAssembly(Harness).ShouldNot().HaveDependencyOnAny(entryPoints).GetResult();
        Assert.True(result.IsSuccessful, "The harness calls the science directly: " + string.Join(", ", result.FailingTypeNames ?? []) +
            ". Move the work into an experiment (src/Memorization/Experiments) and call that.");
    }

    [Fact]
    public void APlantedViolationIsFound()
    {
        // The plant below sits in Memorization.Information but uses a learner: exactly what the rules forbid.
        IReadOnlyList<string> violations = LayerRules.Violations(Types.InAssembly(typeof(ArchitectureTests).Assembly), LayerRules.Science);
        Assert.Contains(violations, v => v.StartsWith(typeof(Memorization.Information.PlantedForArchitectureTests.UsesALearner).FullName!, StringComparison.Ordinal));
    }
}
