using Memorization.Tasks;

namespace Memorization.Experiments.Nsp;

/// <summary>The NSP experiment's query sets: which splits it evaluates, in which order, under which names.</summary>
public static class NspQuerySets
{
    /// <summary>The query splits, in the order the experiment evaluates them.</summary>
    public static IReadOnlyList<QuerySplit> Splits { get; } = [QuerySplit.Fresh, QuerySplit.Represented, QuerySplit.Singletons];

    /// <summary>The name of <paramref name="split"/>'s query set: <c>fresh</c>, <c>represented</c>, <c>singletons</c>.</summary>
    public static string Name(QuerySplit split) => split.ToString().ToLowerInvariant();
}
