using NetArchTest.Rules;

namespace Memorization.Tests.Architecture;

/// <summary>
/// The layers of the science assembly and what each may not use: uses go one way, from Information and Tasks at the
/// bottom, through Learners (with Evaluation beside them) and Attacks, to Experiments. The harness (Memorization.Claims)
/// and the CLI are other assemblies that the science does not reference, so the compiler keeps them out; these rules
/// guard the direction inside the science assembly, and that the harness itself trains nothing.
/// </summary>
public static class LayerRules
{
    private const string Root = "Memorization.";

    /// <summary>One rule: types in <paramref name="Layer"/> (a namespace and its children) use none of <paramref name="Forbidden"/>.</summary>
    public sealed record Rule(string Layer, string[] Forbidden, string Why);

    /// <summary>The rules of the science assembly, bottom up.</summary>
    public static IReadOnlyList<Rule> Science { get; } =
    [
        new("Information", ["Tasks", "Learners", "Evaluation", "Attacks", "Experiments", "Devices", "Configuration"],
            "Information is pure math on numbers: entropies, bounds, intervals, the privacy accountant."),
        new("Tasks", ["Learners", "Evaluation", "Attacks", "Experiments"],
            "Tasks generate data and know nothing of what learns from it."),
        new("Learners", ["Evaluation", "Attacks", "Experiments"],
            "Learners are fitted and trained on tasks; evaluating and attacking them happens above."),
        new("Evaluation", ["Attacks", "Experiments"],
            "Evaluation measures a learner's errors on a task; it does not attack or run experiments."),
        new("Attacks", ["Evaluation", "Experiments"],
            "Attacks reconstruct training data from a model; experiments decide what to attack and when."),
    ];

    /// <summary>
    /// The types of the science that train, compress or enumerate: the harness names experiments and reads their
    /// results, but calling any of these itself would put science in the harness.
    /// </summary>
    public static string[] ScienceEntryPoints(System.Reflection.Assembly science) =>
        science.GetTypes()
            .Where(t => t.IsPublic && (t.Name.EndsWith("Trainer", StringComparison.Ordinal)
                || t.Namespace == "Memorization.Learners.Compression"
                || t.Namespace == "Memorization.Experiments.Exact" && t.Name.StartsWith("Exact", StringComparison.Ordinal) && t.Name.EndsWith("Information", StringComparison.Ordinal)
                || t.Name is "HclExperimentRunner" or "NspExperiment" or "HclExperimentTensors"))
            .Select(t => t.FullName!)
            .ToArray();

    /// <summary>Each rule's violations among <paramref name="types"/>: "type → why" lines, empty when the rules hold.</summary>
    public static IReadOnlyList<string> Violations(Types types, IReadOnlyList<Rule> rules)
    {
        var violations = new List<string>();
        foreach (Rule rule in rules)
        {
            TestResult result = types.That().ResideInNamespace(Root + rule.Layer)
                .ShouldNot().HaveDependencyOnAny(rule.Forbidden.Select(f => Root + f).ToArray())
                .GetResult();
            if (!result.IsSuccessful)
            {
                violations.AddRange(result.FailingTypeNames.Select(t => $"{t} uses a layer above {rule.Layer} ({string.Join(", ", rule.Forbidden)}): {rule.Why}"));
            }
        }
        return violations;
    }
}
