using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using static TorchSharp.torch;

namespace Memorization.Experiments.Nsp;

/// <summary>
/// The attack targets of one experiment, stacked as [singletons; fresh controls; repeated] so each attack is
/// one batch: the strings, and the centre of each one's subpopulation.
/// </summary>
internal sealed class NspTargets
{
    private readonly long[] _sizes;

    private NspTargets(Tensor strings, Tensor centres, long[] sizes)
    {
        Strings = strings;
        Centres = centres;
        _sizes = sizes;
    }

    public Tensor Strings { get; }

    public Tensor Centres { get; }

    public long Size(NspTargetGroup group) => _sizes[(int)group];

    public Tensor Rows(Tensor stacked, NspTargetGroup group) => stacked.narrow(0, _sizes.Take((int)group).Sum(), Size(group));

    /// <summary>
    /// Singletons: training strings with m_{J_i} = 1; fresh controls: c_{J_i} ⊕ e′ for those same i, e′ drawn
    /// from <c>torch.Generator(<paramref name="freshSeed"/>)</c>; repeated: training strings with m_{J_i} ≥ 2.
    /// The tensors belong to the caller's dispose scope.
    /// </summary>
    public static NspTargets Build(NspExperimentInputs inputs, long freshSeed, Device device)
    {
        Tensor subpopulations = inputs.Subpopulations.cpu().to(int64);
        Tensor counts = bincount(subpopulations, minlength: inputs.Centres.shape[0]);
        Tensor countOfOwn = counts.index_select(0, subpopulations);
        Tensor singletons = countOfOwn.eq(1).nonzero().squeeze(1);
        Tensor repeated = countOfOwn.ge(2).nonzero().squeeze(1);
        Tensor strings = inputs.TrainingStrings.cpu();
        Tensor centres = inputs.Centres.cpu();

        Tensor singletonCentres = centres.index_select(0, subpopulations.index_select(0, singletons));
        Tensor freshNoise = bernoulli(full(singletons.shape[0], strings.shape[1], inputs.NoiseRate, dtype: float32), new Generator((ulong)freshSeed));
        Tensor fresh = (singletonCentres + freshNoise).remainder(2.0);
        Tensor repeatedCentres = centres.index_select(0, subpopulations.index_select(0, repeated));

        Tensor stackedStrings = cat([strings.index_select(0, singletons), fresh, strings.index_select(0, repeated)], 0).to(device);
        Tensor stackedCentres = cat([singletonCentres, singletonCentres, repeatedCentres], 0).to(device);
        return new NspTargets(stackedStrings, stackedCentres, [singletons.shape[0], singletons.shape[0], repeated.shape[0]]);
    }

    /// <summary>Scores one attack's stacked guesses per group; the elapsed time is shared out by rows.</summary>
    public IEnumerable<NspAttackRecord> Score(NspAttackKind attack, Tensor guesses, int firstScoredPosition, TimeSpan elapsed, double confidence)
    {
        long total = Math.Max(1, _sizes.Sum());
        foreach (NspTargetGroup group in Enum.GetValues<NspTargetGroup>())
        {
            ReconstructionScores scores = ReconstructionScores.Compute(Rows(guesses, group), Rows(Strings, group), Rows(Centres, group), firstScoredPosition);
            MeanInterval? noise = scores.NoiseBits.Any(b => b > 0) ? scores.NoiseBitRecovery(confidence) : null;
            MeanInterval? accuracy = scores.Count > 0 ? scores.BitAccuracy(confidence) : null;
            yield return new NspAttackRecord(attack, group, scores, noise, accuracy, elapsed * ((double)Size(group) / total));
        }
    }
}
