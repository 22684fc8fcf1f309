using Memorization.Tasks;
using System.Globalization;
using Memorization.Randomness;

namespace Memorization.Claims.Measurements.Singletons;

/// <summary>
/// Claim SING (PAPER.md §1.3, §6): with n examples whose subpopulations are drawn i.i.d. from weights w
/// over N subpopulations, the expected fraction of examples that are singletons (their subpopulation
/// occurs once in the training set) is E = Σ_j w_j (1 − w_j)^(n−1); uniform w = 1/N gives
/// E = (1 − 1/N)^(n−1) → 1/e ≈ 0.368 for N = n.
/// </summary>
/// <remarks>
/// Parameters: <c>n</c> (examples), <c>subpopulations</c> (N), <c>replicates</c> (R training sets).
/// Replicate r draws its n subpopulation indices from the stream <c>sing/training-set/r</c> of the root
/// seed. The interval is the empirical-Bernstein bound over the R per-replicate fractions (i.i.d. in [0, 1]
/// across replicates; singletons within one replicate are dependent, so examples are not the samples).
/// Uses the uniform prior of the published experiment; the lead may switch it to the Tasks API.
/// </remarks>
public sealed class SingletonFractionMeasurement : IClaimMeasurement
{
    /// <summary>The measured fraction of singletons, averaged over replicates.</summary>
    public const string SingletonFraction = "singleton_fraction";

    /// <summary>Σ_j w_j (1 − w_j)^(n−1), computed exactly.</summary>
    public const string ExpectedSingletonFraction = "expected_singleton_fraction";

    /// <summary>|measured − expected|, with the interval carried over from the measured fraction.</summary>
    public const string AbsoluteGap = "singleton_fraction_abs_gap";

    /// <inheritdoc />
    public string ClaimId { get; }

    /// <summary>The measurement of claim <paramref name="claimId"/>: SING (HCL's published sizes) or NSP-SING (the NSP tiers' sizes) — the same law.</summary>
    public SingletonFractionMeasurement(string claimId = "SING") => ClaimId = claimId;

    /// <inheritdoc />
    public IReadOnlyList<string> Metrics { get; } = [SingletonFraction, ExpectedSingletonFraction, AbsoluteGap];

    /// <summary>E = Σ_j w_j (1 − w_j)^(n−1) for uniform weights w_j = 1/N: N · (1/N) · (1 − 1/N)^(n−1).</summary>
    public static double ExpectedFraction(int n, int subpopulations) => FrequencyPrior.Uniform(subpopulations).ExpectedSingletonFraction(n);

    /// <summary>The prior of the tier: <c>prior: uniform</c> (default, as published) or <c>prior: zipf</c> with <c>zipf_exponent: s</c>.</summary>
    private static FrequencyPrior Prior(ClaimCase claimCase, int subpopulations)
    {
        string name = claimCase.Has("prior") ? claimCase.GetString("prior") : "uniform";
        return name switch
        {
            "uniform" => FrequencyPrior.Uniform(subpopulations),
            "zipf" => FrequencyPrior.Zipf(subpopulations, claimCase.GetDouble("zipf_exponent")),
            _ => throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: prior = '{name}' is not a prior. Valid values: uniform, zipf (with zipf_exponent)."),
        };
    }

    /// <inheritdoc />
    public ClaimMeasurementResult Measure(ClaimCase claimCase, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        int n = claimCase.GetInt("n");
        int subpopulations = claimCase.GetInt("subpopulations");
        int replicates = claimCase.GetInt("replicates");
        Require(n >= 1, claimCase, $"n = {n} must be at least 1");
        Require(subpopulations >= 1, claimCase, $"subpopulations = {subpopulations} must be at least 1");
        Require(replicates >= MeanInterval.MinimumSamples, claimCase, $"replicates = {replicates} must be at least {MeanInterval.MinimumSamples}");

        FrequencyPrior prior = Prior(claimCase, subpopulations);
        double[] fractions = new double[replicates];
        int[] counts = new int[subpopulations];
        int[] members = new int[n];
        for (int r = 0; r < replicates; r++)
        {
            if (r % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)r / replicates);
            }

            fractions[r] = SingletonFractionOfOneTrainingSet(prior, SeedDerivation.Stream(claimCase.Seed, SeedStreams.SingletonTrainingSet(r)), counts, members);
        }

        progress?.Report(1.0);
        double expected = prior.ExpectedSingletonFraction(n);
        List<MetricValue> metrics = [MetricValue.Exact(ExpectedSingletonFraction, expected)];
        foreach (double level in claimCase.ConfidenceLevels)
        {
            MetricValue measured = MeanInterval.EmpiricalBernstein(SingletonFraction, fractions, level);
            metrics.Add(measured);
            metrics.Add(MeanInterval.AbsoluteGap(AbsoluteGap, measured, expected));
        }

        return new ClaimMeasurementResult(metrics, [],
        [
            string.Create(CultureInfo.InvariantCulture, $"{prior.Name} prior, n = {n}, N = {subpopulations}, {replicates} replicate training sets; 1/e = {1.0 / Math.E:F6}"),
            "interval: empirical Bernstein (Maurer & Pontil 2009) over the per-replicate singleton fractions",
        ]);
    }

    private static double SingletonFractionOfOneTrainingSet(FrequencyPrior prior, System.Random random, int[] counts, int[] members)
    {
        Array.Clear(counts);
        for (int i = 0; i < members.Length; i++)
        {
            members[i] = prior.Sample(random);
            counts[members[i]]++;
        }

        int singletons = 0;
        foreach (int j in members)
        {
            if (counts[j] == 1)
            {
                singletons++;
            }
        }

        return (double)singletons / members.Length;
    }

    private static void Require(bool condition, ClaimCase claimCase, string message)
    {
        if (!condition)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {message}.");
        }
    }
}
