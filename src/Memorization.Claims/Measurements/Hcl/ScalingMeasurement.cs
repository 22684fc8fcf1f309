using Memorization.Experiments.Scaling;
using Memorization.Information;
using Memorization.Learners.Trained;

namespace Memorization.Claims.Measurements.Hcl;

/// <summary>
/// Claim SCALING (docs/claims.md#scaling): the information the published experiment's logistic regression holds grows
/// linearly in n·d. At three sizes (d = k·n, N = n, the published ρ at each), R replicates each: the Fano bound per n·d
/// (MI-BOUND's computation, pooled over the replicates' singletons: by concavity of h the pooled bound is a lower bound on
/// the replicates' mean bound), the paired exact excess singleton error over Bayes-optimal (pooled over the replicates'
/// queries), and the log–log slope of the bound in bits against n·d with a Student-t interval over the per-replicate slopes.
/// </summary>
public sealed class ScalingMeasurement : IClaimMeasurement
{
    private static readonly string[] SizeNames = ["small", "medium", "large"];

    // The figure's intervals (the metrics use the claim's levels).
    private const double FigureLevel = 0.95;

    // MI-BOUND's κ, drawn as a reference line.
    private const double Kappa = 0.02;

    /// <inheritdoc />
    public string ClaimId => "SCALING";

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics =>
    [
        .. SizeNames.Select(s => $"excess_singleton_error_{s}"),
        .. SizeNames.Select(s => $"bayes_singleton_error_{s}"),
        .. SizeNames.Select(s => $"bound_fraction_{s}"),
        .. SizeNames.Select(s => $"bound_bits_{s}"),
        .. SizeNames.Select(s => $"training_bits_{s}"),
        "bound_slope",
    ];

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimCase);
        int[] sizes = SizeNames.Select(s => claimCase.GetInt($"n_{s}")).ToArray();
        if (!(sizes[0] < sizes[1] && sizes[1] < sizes[2]))
        {
            throw new ClaimParameterException(
                $"{claimCase.Tier.Location}: claim {ClaimId}, tier {claimCase.TierName}: n_small < n_medium < n_large is required; got {string.Join(", ", sizes)}.");
        }
        int instances = claimCase.GetInt("instances");
        LogisticRegressionOptions lr = LogisticRegressionOptions.Published with
        {
            Steps = claimCase.Has("lr_steps") ? claimCase.GetInt("lr_steps") : LogisticRegressionOptions.Published.Steps,
            CheckpointEvery = claimCase.Has("lr_checkpoint_every") ? claimCase.GetInt("lr_checkpoint_every") : LogisticRegressionOptions.Published.CheckpointEvery,
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<IReadOnlyList<HclScalingSweep.Replicate>> runs;
        try
        {
            runs = HclScalingSweep.Run(sizes, claimCase.GetInt("dimension_per_n"), instances, claimCase.Seed,
                claimCase.Has("rho_a") ? claimCase.GetDouble("rho_a") : Tasks.HclParameters.PublishedA,
                claimCase.Has("test_size") ? claimCase.GetInt("test_size") : 500, lr, claimCase.RequireDevice().Torch, progress, cancellationToken);
        }
        catch (InvalidParameterException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }
        double seconds = clock.Elapsed.TotalSeconds;

        List<MetricValue> metrics = claimCase.AtEveryLevel(level => MetricsAt(runs, level));
        var notes = new List<string>
        {
            $"{instances} replicates per size (own instance, data, training, attack: stream scaling/n<n>/replicate<r>); " +
            string.Join("; ", runs.Select(r => $"{r[0].Parameters}, {r.Average(x => x.SingletonErrors.Length):F1} singletons on average")),
            $"{seconds:F1} s in all; training {runs.Sum(r => r.Sum(x => x.TrainingTime.TotalSeconds)):F1} s",
            "bound_fraction: MI-BOUND's Fano bound B·(1 − h(ē⁺)) over the pooled singletons of the replicates ÷ (R·n·d) (a lower bound on the replicates' mean bound, h concave); " +
            "excess: paired exact interval over the pooled singleton queries; bound_slope: least-squares slope of log(bound bits at ē) against log(n·d) per replicate, Student-t over the replicates",
            "per-replicate slopes: " + string.Join(", ", Slopes(runs).Select(s => s.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))),
        };
        return new ClaimMeasurementResult(metrics, Curves(runs), notes);
    }

    /// <summary>The metrics at one confidence level (internal: tests call it on hand-made replicates).</summary>
    internal static IEnumerable<MetricValue> MetricsAt(IReadOnlyList<IReadOnlyList<HclScalingSweep.Replicate>> runs, double confidence)
    {
        for (int s = 0; s < SizeNames.Length; s++)
        {
            IReadOnlyList<HclScalingSweep.Replicate> reps = runs[s];
            yield return ClaimMetrics.PairedDifference($"excess_singleton_error_{SizeNames[s]}",
                reps.SelectMany(r => r.ModelSingletonMistakes).ToArray(), reps.SelectMany(r => r.BayesSingletonMistakes).ToArray(), confidence);
            yield return ClaimMetrics.Error($"bayes_singleton_error_{SizeNames[s]}", reps.SelectMany(r => r.BayesSingletonMistakes).ToArray(), confidence);
            FanoBound pooled = Pooled(reps, confidence);
            MetricValue fraction = HclMetrics.BoundFraction($"bound_fraction_{SizeNames[s]}", pooled);
            yield return fraction;
            long bits = reps[0].TrainingBits;
            yield return fraction with { Name = $"bound_bits_{SizeNames[s]}", Value = fraction.Value * bits, Lower = fraction.Lower * bits, Upper = fraction.Upper * bits };
            yield return MetricValue.Exact($"training_bits_{SizeNames[s]}", bits);
        }

        (double mean, double lower, double upper, _) = LogLogSlope.OverReplicates(TrainingBits(runs), PerReplicateBits(runs), confidence);
        yield return new MetricValue("bound_slope", mean, lower, upper, confidence, runs[0].Count);
    }

    // The Fano bound over every replicate's singletons, against R·n·d training bits.
    private static FanoBound Pooled(IReadOnlyList<HclScalingSweep.Replicate> reps, double confidence) =>
        FanoBound.FromExampleErrors(reps.SelectMany(r => r.SingletonErrors).ToArray(), reps.SelectMany(r => r.UnfixedCounts).ToArray(), 1.0,
            reps.Sum(r => r.TrainingBits), confidence);

    // One replicate's bound in bits at its measured mean error (no confidence slack: the slack shrinks with the number of
    // singletons and would bias the slope upwards).
    private static double PointBits(HclScalingSweep.Replicate r)
    {
        FanoBound b = FanoBound.FromExampleErrors(r.SingletonErrors, r.UnfixedCounts, 1.0, r.TrainingBits, FigureLevel);
        return FanoBound.BitwiseBits(b.BitCount, b.BitEntropy, b.MeanError);
    }

    private static double[] TrainingBits(IReadOnlyList<IReadOnlyList<HclScalingSweep.Replicate>> runs) => runs.Select(r => (double)r[0].TrainingBits).ToArray();

    // Replicate r's bound at each size (replicate r of every size forms one replicate set; the sets are independent).
    private static IReadOnlyList<double>[] PerReplicateBits(IReadOnlyList<IReadOnlyList<HclScalingSweep.Replicate>> runs) =>
        Enumerable.Range(0, runs[0].Count).Select(r => (IReadOnlyList<double>)runs.Select(atSize => PointBits(atSize[r])).ToArray()).ToArray();

    private static double[] Slopes(IReadOnlyList<IReadOnlyList<HclScalingSweep.Replicate>> runs)
    {
        double[] x = TrainingBits(runs);
        return PerReplicateBits(runs).Select(y => LogLogSlope.Fit(x, y)).ToArray();
    }

    // log₂ on both axes (the report draws linear axes): a power law is a straight line, slope 1 the n·d line.
    private static IReadOnlyList<CurveSeries> Curves(IReadOnlyList<IReadOnlyList<HclScalingSweep.Replicate>> runs)
    {
        const string figure = "scaling";
        const string xLabel = "log₂(n·d)";
        const string yLabel = "log₂ bits";
        double[] x = TrainingBits(runs).Select(Math.Log2).ToArray();
        IReadOnlyList<double>[] perReplicate = PerReplicateBits(runs);
        var measured = x.Select((lx, s) =>
        {
            double[] logs = perReplicate.Select(rep => Math.Log2(rep[s])).ToArray();
            (double mean, double lower, double upper) = ConfidenceBounds.StudentMean(logs, FigureLevel);
            return new CurvePoint(lx, mean, lower, upper);
        }).ToArray();
        CurvePoint Line(double lx, double offset) => new(lx, lx + offset, lx + offset, lx + offset);
        return
        [
            new CurveSeries(figure, $"Fano bound of the logistic regression (mean of log₂ over {runs[0].Count} replicates, 95 %)", xLabel, yLabel, measured)
            {
                Title = "SCALING: Fano lower bound on I(X;M|P) against n·d (d = 2n, N = n), log–log",
                Style = CurveStyle.Points,
            },
            new CurveSeries(figure, "n·d (slope 1)", xLabel, yLabel, [Line(x[0], 0.0), Line(x[^1], 0.0)]) { Style = CurveStyle.Reference },
            new CurveSeries(figure, $"κ·n·d, κ = {Kappa} (MI-BOUND)", xLabel, yLabel, [Line(x[0], Math.Log2(Kappa)), Line(x[^1], Math.Log2(Kappa))])
            {
                Style = CurveStyle.Reference,
            },
        ];
    }
}
