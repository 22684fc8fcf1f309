using Memorization.Experiments.Hcl;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Base of the measurements that read the published HCL experiment (docs/experiments.md#published-hcl-experiment): reads the setup from the tier,
/// obtains each needed model's run from <see cref="HclExperimentCache"/>, and lets the claim turn it into metrics.
/// </summary>
public abstract class HclExperimentMeasurement : IClaimMeasurement
{
    /// <inheritdoc />
    public abstract string ClaimId { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> Metrics { get; }

    /// <summary>The models this claim reads.</summary>
    protected abstract IReadOnlyList<HclModelKind> Models { get; }

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        HclExperimentSetup setup = HclExperimentSetup.From(claimCase);
        Devices.ResolvedDevice device = claimCase.RequireDevice();
        var outcomes = new List<HclModelOutcome>();
        for (int i = 0; i < Models.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((double)i / Models.Count);
            outcomes.Add(HclExperimentCache.Get(setup, Models[i], device, ProgressStages.Within(progress, (double)i / Models.Count, 1.0 / Models.Count)));
        }

        progress?.Report(1.0);
        List<MetricValue> metrics = claimCase.AtEveryLevel(level => MetricsAt(outcomes, level));
        var notes = new List<string> { setup.Parameters.ToString() };
        notes.AddRange(outcomes.Select(o =>
            $"{o.Run.Model}: {o.Run.Checkpoints.Count} checkpoints to step {o.Run.Final.Step}, {o.Data.SingletonIndices.Count} singletons attacked ({o.FinalAttacked.Attack!.Attack}), training {o.Run.TrainingTime.TotalSeconds:F1} s"));
        notes.AddRange(outcomes.Select(FigureNote).OfType<string>());
        notes.AddRange(Notes);
        return new ClaimMeasurementResult(metrics, Curves(outcomes), notes) { SharedRunSeconds = outcomes.Sum(o => o.RunTime.TotalSeconds) };
    }

    // What the figures draw beyond the metrics' checkpoints (null when nothing).
    private static string? FigureNote(HclModelOutcome o)
    {
        HclCheckpoint[] extra = o.Run.Checkpoints.Where(c => c.Attack is null && c.FigureAttack is not null).ToArray();
        if (extra.Length == 0)
        {
            return null;
        }

        HclAttackRecord first = extra[0].FigureAttack!;
        string who = first.CoversEverySingleton ? "every singleton" : $"a fixed random subset of {first.TargetRows!.Count} of {o.Data.SingletonIndices.Count} singletons";
        return $"{o.Run.Model} figures: recovery at all {o.Run.Recovered.Count()} checkpoints; the metrics read the {o.Run.Attacked.Count()} attacked on every singleton, " +
               $"the other {extra.Length} were attacked for the figures only on {who} (same per-step seeds; wider intervals where a subset): " +
               $"{extra.Sum(c => c.FigureAttack!.Elapsed.TotalSeconds):F1} s of attacks, against {o.Run.Attacked.Sum(c => c.Attack!.Elapsed.TotalSeconds):F1} s for the metrics'";
    }

    /// <summary>The claim's metrics at one confidence level.</summary>
    protected abstract IEnumerable<MetricValue> MetricsAt(IReadOnlyList<HclModelOutcome> outcomes, double confidence);

    /// <summary>Series for the claim's figure (none by default).</summary>
    protected virtual IReadOnlyList<CurveSeries> Curves(IReadOnlyList<HclModelOutcome> outcomes) => [];

    /// <summary>The figure series of <paramref name="outcomes"/> (for tests of the series, without training).</summary>
    internal IReadOnlyList<CurveSeries> FigureSeries(IReadOnlyList<HclModelOutcome> outcomes) => Curves(outcomes);

    /// <summary>How the intervals were obtained, for the report.</summary>
    protected virtual IEnumerable<string> Notes =>
    [
        "error rates: Clopper–Pearson over test queries; recoveries: Student-t over per-example fractions (examples independent, bits not)",
    ];
}
