using Memorization.Attacks;
using Memorization.Attacks.Sequence;
using static TorchSharp.torch;
using Memorization.Information;

namespace Memorization.Experiments.Nsp;

/// <summary>
/// The attack targets of one experiment, stacked as [singletons; fresh controls; repeated] so each attack is
/// one batch: the strings, and the centre of each one's subpopulation.
/// </summary>
internal sealed class NspTargets
{
    private readonly long[] _sizes;

    private readonly int _freshPerSingleton;

    private NspTargets(Tensor strings, Tensor centres, long[] sizes, int freshPerSingleton)
    {
        Strings = strings;
        Centres = centres;
        _sizes = sizes;
        _freshPerSingleton = freshPerSingleton;
    }

    public Tensor Strings { get; }

    public Tensor Centres { get; }

    public long Size(NspTargetGroup group) => _sizes[(int)group];

    public Tensor Rows(Tensor stacked, NspTargetGroup group) => stacked.narrow(0, _sizes.Take((int)group).Sum(), Size(group));

    /// <summary>The centres of the training targets only (singletons, then repeated): one row per distinct attack input for attacks that see only the centre.</summary>
    public Tensor TrainingCentres() => cat([Rows(Centres, NspTargetGroup.Singletons), Rows(Centres, NspTargetGroup.Repeated)], 0);

    /// <summary>
    /// Stacks guesses made from <see cref="TrainingCentres"/> for every group: a fresh control shares its singleton's
    /// centre, so an attack that sees only the centre (and the model) guesses the same for both.
    /// </summary>
    public Tensor ExpandFromTrainingCentres(Tensor guesses)
    {
        long singletons = Size(NspTargetGroup.Singletons);
        Tensor own = guesses.narrow(0, 0, singletons);
        return cat([own, own.repeat(_freshPerSingleton, 1), guesses.narrow(0, singletons, Size(NspTargetGroup.Repeated))], 0);
    }

    /// <summary>
    /// Singletons: training strings with m_{J_i} = 1; fresh controls: <paramref name="freshPerSingleton"/> strings
    /// c_{J_i} ⊕ e′ for each of those same i (in blocks: all singletons' first control, then the second, …), e′ drawn
    /// from <c>torch.Generator(<paramref name="freshSeed"/>)</c>; repeated: training strings with m_{J_i} ≥ 2.
    /// The tensors belong to the caller's dispose scope.
    /// </summary>
    public static NspTargets Build(NspExperimentInputs inputs, long freshSeed, Device device, int freshPerSingleton = 1)
    {
        if (freshPerSingleton < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(freshPerSingleton), freshPerSingleton, "At least one fresh control per singleton is needed.");
        }

        Tensor subpopulations = inputs.Subpopulations.cpu().to(int64);
        Tensor counts = bincount(subpopulations, minlength: inputs.Centres.shape[0]);
        Tensor countOfOwn = counts.index_select(0, subpopulations);
        Tensor singletons = countOfOwn.eq(1).nonzero().squeeze(1);
        Tensor repeated = countOfOwn.ge(2).nonzero().squeeze(1);
        Tensor strings = inputs.TrainingStrings.cpu();
        Tensor centres = inputs.Centres.cpu();

        Tensor singletonCentres = centres.index_select(0, subpopulations.index_select(0, singletons));
        Tensor freshCentres = singletonCentres.repeat(freshPerSingleton, 1);
        Tensor freshNoise = bernoulli(full(freshCentres.shape[0], strings.shape[1], inputs.NoiseRate, dtype: float32), new Generator((ulong)freshSeed));
        Tensor fresh = (freshCentres + freshNoise).remainder(2.0);
        Tensor repeatedCentres = centres.index_select(0, subpopulations.index_select(0, repeated));

        Tensor stackedStrings = cat([strings.index_select(0, singletons), fresh, strings.index_select(0, repeated)], 0).to(device);
        Tensor stackedCentres = cat([singletonCentres, freshCentres, repeatedCentres], 0).to(device);
        return new NspTargets(stackedStrings, stackedCentres, [singletons.shape[0], freshCentres.shape[0], repeated.shape[0]], freshPerSingleton);
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
