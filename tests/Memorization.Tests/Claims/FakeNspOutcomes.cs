using Memorization.Attacks.Sequence;
using Memorization.Claims.Measurements.Nsp;
using Memorization.Experiments.Nsp;
using Memorization.Information;
using Memorization.Learners.Sequence;
using Memorization.Tasks;

namespace Memorization.Tests.Claims;

/// <summary>
/// An NSP experiment outcome without training: a small generated data set and hand-made checkpoints every 50 of 200
/// steps, the model's query errors falling and its noise-bit recovery of training strings rising with the step while the
/// fresh controls stay near their chance level, next to fixed Bayes-optimal and forgetful mistakes. For tests of figure
/// series.
/// </summary>
internal static class FakeNspOutcomes
{
    private const int Steps = 200;
    private const int Every = 50;
    private const int Queries = 20;
    private static readonly NspParameters Parameters = new(24, 16, 24, 0.2, testSize: Queries);

    public static NspOutcome Outcome()
    {
        NspDataSet data = NspDataSet.Generate(Parameters, 7);
        var setup = new NspExperimentSetup(Parameters, 7, SequenceModelOptions.Smoke with { Steps = Steps, CheckpointEvery = Every }, 4, 31, 1);
        var checkpoints = new List<NspCheckpointRecord>();
        for (int step = 0; step <= Steps; step += Every)
        {
            double progress = (double)step / Steps;
            var mistakes = BySet(Mistakes(0.5 - 0.1 * progress), Mistakes(0.5 - 0.35 * progress), Mistakes(0.5 - 0.25 * progress));
            NspAttackRecord[] attacks =
            [
                Attack(NspAttackKind.PrefixExtraction, NspTargetGroup.Singletons, 0.1 + 0.7 * progress),
                Attack(NspAttackKind.PrefixExtraction, NspTargetGroup.FreshControls, 0.1 + 0.05 * progress),
                Attack(NspAttackKind.PrefixExtraction, NspTargetGroup.Repeated, 0.1 + 0.4 * progress),
                Attack(NspAttackKind.Informed, NspTargetGroup.Singletons, 0.5 + 0.45 * progress),
                Attack(NspAttackKind.Informed, NspTargetGroup.FreshControls, 0.5),
                Attack(NspAttackKind.Informed, NspTargetGroup.Repeated, 0.5 + 0.3 * progress),
            ];
            checkpoints.Add(new NspCheckpointRecord(step, step == 0 ? double.NaN : 0.7 * (1 - progress), 1.0 - 0.5 * progress,
                new Dictionary<string, double>(), attacks, mistakes));
        }

        var result = new NspExperimentResult(checkpoints, 32L * 5000, Parameters.NoiseRate, 4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        return new NspOutcome(setup, data, result, BySet(Mistakes(0.3), Mistakes(0.1), Mistakes(0.15)), BySet(Mistakes(0.3), Mistakes(0.1), Mistakes(0.5)));
    }

    private static Dictionary<string, bool[]> BySet(bool[] fresh, bool[] represented, bool[] singletons) => new()
    {
        [NspQuerySets.Name(QuerySplit.Fresh)] = fresh,
        [NspQuerySets.Name(QuerySplit.Represented)] = represented,
        [NspQuerySets.Name(QuerySplit.Singletons)] = singletons,
    };

    // The first round(rate · queries) queries wrong.
    private static bool[] Mistakes(double rate) => Enumerable.Range(0, Queries).Select(i => i < (int)Math.Round(rate * Queries)).ToArray();

    // Six targets of 16 scored bits, 8 of them noise bits, recovering about `recovery` of those, a little different per
    // target; the interval as the experiment computes it (Hoeffding over per-target fractions).
    private static NspAttackRecord Attack(NspAttackKind attack, NspTargetGroup group, double recovery)
    {
        int[] targets = Enumerable.Range(0, 6).ToArray();
        int[] recovered = targets.Select(i => Math.Clamp((int)Math.Round(8 * recovery) + i % 3 - 1, 0, 8)).ToArray();
        int[] offCentre = targets.Select(i => i % 2).ToArray();
        var scores = new ReconstructionScores(4, targets.Select(_ => 16).ToArray(), targets.Select(i => 8 - recovered[i] + offCentre[i]).ToArray(),
            targets.Select(_ => 8).ToArray(), recovered, targets.Select(_ => 8).ToArray(), offCentre);
        return new NspAttackRecord(attack, group, scores, scores.NoiseBitRecovery(0.95, IntervalMethod.Hoeffding), scores.BitAccuracy(0.95, IntervalMethod.Hoeffding), TimeSpan.Zero);
    }
}
