using Memorization.Configuration;
using Memorization.Information;
using Memorization.Learners.Bayes;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;
using Memorization.Evaluation;
using Memorization.Experiments.Exact;

namespace Memorization.Cli.Yardsticks;

/// <summary>
/// The facade the CLI prints: for one tier and root seed, the singleton fractions (observed and expected), Bayes-optimal
/// and forgetful errors on each split, and (tiny tier, tiny preset instance) exact information over sampled instances,
/// of HCL, NSP or both. Returns data only.
/// </summary>
/// <param name="Tier">The tier of the parameters (the tiny tier adds exact information for the tiny preset's instance).</param>
/// <param name="Seed">The root seed (HCL uses it directly; NSP uses stream "nsp" of it).</param>
/// <param name="Hcl">Hypercube cluster labeling; null when not asked for.</param>
/// <param name="Nsp">Next-symbol prediction; null when not asked for.</param>
public sealed record TaskReport(Tier Tier, ulong Seed, TaskSummary? Hcl, TaskSummary? Nsp)
{
    /// <summary>The tasks reported, HCL first.</summary>
    public IReadOnlyList<TaskSummary> Tasks => new[] { Hcl, Nsp }.OfType<TaskSummary>().ToArray();

    /// <summary>
    /// Runs the tasks given. <paramref name="exactInstances"/> (≥ 2) instances are enumerated in the tiny tier, for a task
    /// whose n, d, N and ρ or δ are the tiny preset's (<see cref="TinyPresets"/>): the enumeration is sized for that
    /// instance alone, so other sizes (repro tasks --n …) get the errors without it, as the smoke and paper tiers do.
    /// </summary>
    /// <param name="tier">The tier <paramref name="hcl"/> and <paramref name="nsp"/> belong to.</param>
    /// <param name="hcl">HCL's parameters (the CLI takes them from the claims' shared experiments or its options); null skips HCL.</param>
    /// <param name="nsp">NSP's parameters; null skips NSP.</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="device">Where predictions run.</param>
    /// <param name="confidence">The level of every interval.</param>
    /// <param name="exactInstances">Instances enumerated in the tiny tier.</param>
    public static TaskReport Run(Tier tier, HclParameters? hcl, NspParameters? nsp, ulong seed, torch.Device device, double confidence = 0.95, int exactInstances = 8)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (tier == Tier.Tiny && exactInstances < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(exactInstances), exactInstances, "The tiny tier averages exact information over instances with a t interval: use at least 2 instances (default 8).");
        }
        return new TaskReport(tier, seed,
            hcl is null ? null : RunHcl(tier == Tier.Tiny && IsTinyInstance(hcl), hcl, seed, device, confidence, exactInstances),
            nsp is null ? null : RunNsp(tier == Tier.Tiny && IsTinyInstance(nsp), nsp, SeedDerivation.Derive(seed, SeedStreams.NspTask), device, confidence, exactInstances));
    }

    /// <summary>True when <paramref name="p"/> is the tiny preset's HCL instance (the query-set size aside).</summary>
    public static bool IsTinyInstance(HclParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        HclParameters t = TinyPresets.Hcl;
        return (p.TrainingSize, p.Dimension, p.Subpopulations, p.Rho, p.Prior.Name) == (t.TrainingSize, t.Dimension, t.Subpopulations, t.Rho, t.Prior.Name);
    }

    /// <summary>True when <paramref name="p"/> is the tiny preset's NSP instance (the query-set size aside).</summary>
    public static bool IsTinyInstance(NspParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        NspParameters t = TinyPresets.Nsp;
        return (p.TrainingSize, p.Length, p.Subpopulations, p.Delta, p.Prior.Name) == (t.TrainingSize, t.Length, t.Subpopulations, t.Delta, t.Prior.Name);
    }

    private static TaskSummary RunHcl(bool exactInformation, HclParameters p, ulong seed, torch.Device device, double confidence, int exactInstances)
    {
        HclDataSet data = HclDataSet.Generate(p, seed);
        using HclBayesOptimal bayes = HclBayesOptimal.Fit(p, data.Training);
        using HclBayesOptimal forgetful = HclBayesOptimal.FitForgetful(p, data.Training);
        var splits = Enum.GetValues<QuerySplit>().Select(split =>
        {
            HclExamples queries = data.Test(split);
            return queries.Rows == 0
                ? new SplitErrors(split, null, null)
                : new SplitErrors(split, HclEvaluator.Error(bayes, queries, device, confidence), HclEvaluator.Error(forgetful, queries, device, confidence));
        }).ToArray();
        var exact = new List<ExactInformationSummary>();
        if (exactInformation)
        {
            exact.Add(ExactHclInformation.OverInstances("bayes-optimal", p, x => HclBayesOptimal.Fit(p, x), TableAttacks.HclRegionMajority, exactInstances, seed, confidence));
            exact.Add(ExactHclInformation.OverInstances("bayes-forgetful", p, x => HclBayesOptimal.FitForgetful(p, x), TableAttacks.HclRegionMajority, exactInstances, seed, confidence));
        }
        return new TaskSummary("HCL", p.ToString(), data.SingletonFraction,
            ConfidenceBounds.ClopperPearson(data.SingletonIndices.Count, p.TrainingSize, confidence),
            p.Prior.ExpectedSingletonFraction(p.TrainingSize), splits, exact);
    }

    private static TaskSummary RunNsp(bool exactInformation, NspParameters p, ulong seed, torch.Device device, double confidence, int exactInstances)
    {
        NspDataSet data = NspDataSet.Generate(p, seed);
        using NspBayesOptimal bayes = NspBayesOptimal.Fit(p, data.Training);
        using NspBayesOptimal forgetful = NspBayesOptimal.FitForgetful(p, data.Training);
        var splits = Enum.GetValues<QuerySplit>().Select(split =>
        {
            NspQueries queries = data.Queries(split);
            if (queries.Count == 0)
            {
                return new SplitErrors(split, null, null);
            }
            NspEvaluation b = NspEvaluator.Evaluate(bayes, queries, device, confidence);
            NspEvaluation f = NspEvaluator.Evaluate(forgetful, queries, device, confidence);
            return new SplitErrors(split, b.Error, f.Error, b.LogLoss, f.LogLoss);
        }).ToArray();
        var exact = new List<ExactInformationSummary>();
        if (exactInformation)
        {
            exact.Add(ExactNspInformation.OverInstances("bayes-optimal", p, x => NspBayesOptimal.Fit(p, x), TableAttacks.NspGreedyDecode, exactInstances, seed, confidence));
            exact.Add(ExactNspInformation.OverInstances("bayes-forgetful", p, x => NspBayesOptimal.FitForgetful(p, x), TableAttacks.NspGreedyDecode, exactInstances, seed, confidence));
        }
        return new TaskSummary("NSP", p.ToString(), data.SingletonFraction,
            ConfidenceBounds.ClopperPearson(data.SingletonIndices.Count, p.TrainingSize, confidence),
            p.Prior.ExpectedSingletonFraction(p.TrainingSize), splits, exact);
    }
}
