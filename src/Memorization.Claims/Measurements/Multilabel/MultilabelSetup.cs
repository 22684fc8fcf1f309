using System.Globalization;
using Memorization.Experiments.Multilabel;
using Memorization.Learners.Trained;
using Memorization.Tasks;

namespace Memorization.Claims.Measurements.Multilabel;

/// <summary>
/// The multilabel HCL experiment (docs/experiments.md#multilabel-hcl-experiment) as the tier parameters of
/// <c>claims/experiments/hcl-multilabel.yaml</c> describe it; every ML-* claim names that file, so one run serves them all
/// (<see cref="MultilabelExperimentCache"/>).
/// </summary>
/// <remarks>
/// Parameters: <c>n</c>, <c>dimension</c>, <c>subpopulations</c>; <c>rho</c>, or <c>rho_a</c> [50000] for the published ρ formula;
/// <c>test_size</c> [500]; <c>label_bits</c> (k, required); <c>lr_steps</c> [50] (η and μ are the published 0.1 and 0.99).
/// Coordinate ascent is not run: the claims read the sign attack, the published attack on the logistic regression.
/// </remarks>
public sealed record MultilabelSetup(HclParameters Parameters, int LabelBits, ulong Seed, LogisticRegressionOptions LogisticRegression)
{
    /// <summary>Reads the setup from <paramref name="claimCase"/>'s tier parameters.</summary>
    /// <exception cref="ClaimParameterException">A parameter is missing, ill-typed or out of range.</exception>
    public static MultilabelSetup From(ClaimCase claimCase)
    {
        ArgumentNullException.ThrowIfNull(claimCase);
        try
        {
            int n = claimCase.GetInt("n");
            int d = claimCase.GetInt("dimension");
            int subpopulations = claimCase.GetInt("subpopulations");
            int testSize = claimCase.Has("test_size") ? claimCase.GetInt("test_size") : 500;
            HclParameters parameters = claimCase.Has("rho")
                ? new HclParameters(n, d, subpopulations, claimCase.GetDouble("rho"), testSize: testSize)
                : HclParameters.WithPublishedRho(n, d, subpopulations, claimCase.Has("rho_a") ? claimCase.GetDouble("rho_a") : HclParameters.PublishedA, testSize: testSize);
            LogisticRegressionOptions lr = LogisticRegressionOptions.Published with
            {
                Steps = claimCase.Has("lr_steps") ? claimCase.GetInt("lr_steps") : LogisticRegressionOptions.Published.Steps,
            };
            var setup = new MultilabelSetup(parameters, claimCase.GetInt("label_bits"), claimCase.Seed, lr);
            setup.Options.Validate();
            return setup;
        }
        catch (InvalidParameterException ex)
        {
            throw new ClaimParameterException($"{claimCase.Tier.Location}: claim {claimCase.ClaimId}, tier {claimCase.TierName}: {ex.Message}");
        }
    }

    /// <summary>The experiment's options (sign attack only).</summary>
    public MultilabelHclOptions Options => new(Parameters, LabelBits, Seed, LogisticRegression, CoordinateAscent: false);

    /// <summary>A key equal for two setups exactly when they would run identically.</summary>
    public string Key(string device) => string.Join("|",
        Parameters.ToString(), Parameters.TestSize.ToString(CultureInfo.InvariantCulture), LabelBits.ToString(CultureInfo.InvariantCulture),
        Seed.ToString(CultureInfo.InvariantCulture), device, LogisticRegression.ToString());
}
