namespace Memorization.Randomness;

/// <summary>
/// The name of every random stream derived from a root seed (<see cref="SeedDerivation"/>), in one place: each name is
/// written once, so two places cannot drift apart and two streams cannot share a name by accident.
/// </summary>
/// <remarks>
/// A name is part of every number drawn from its stream: renaming one changes the results (and the digests) of every
/// claim that draws from it, while adding a name shifts no other stream. The builders keep the exact spelling of the
/// parameterised names (<c>$"attack/{model}/step{step}"</c>, …).
/// </remarks>
public static class SeedStreams
{
    // Tasks: the instance and the data sets (HclDataSet, NspDataSet).

    /// <summary>The instance P: fixed coordinates and values (HCL) or the subpopulations' strings (NSP).</summary>
    public const string Instance = "instance";

    /// <summary>The label vector y_j ∈ {0,1}^k of each subpopulation of the multilabel HCL task (docs/tasks.md#multilabel-hcl).</summary>
    public const string MultilabelLabelVectors = "instance/label-vectors";

    /// <summary>The subpopulation of each training example.</summary>
    public const string TrainAssign = "train/assign";

    /// <summary>The unfixed coordinates of each HCL training example.</summary>
    public const string TrainExamples = "train/examples";

    /// <summary>The flipped bits of each NSP training string.</summary>
    public const string TrainNoise = "train/noise";

    /// <summary>The root of the NSP task in <c>repro tasks</c>, which uses the root seed itself for HCL.</summary>
    public const string NspTask = "nsp";

    /// <summary>The subpopulation of each query of test set <paramref name="split"/> (<c>fresh</c>, <c>represented</c>, <c>singletons</c>).</summary>
    public static string TestAssign(string split) => $"test/{split}/assign";

    /// <summary>The unfixed coordinates of each HCL query of test set <paramref name="split"/>.</summary>
    public static string TestExamples(string split) => $"test/{split}/examples";

    /// <summary>The flipped bits of each NSP query of test set <paramref name="split"/>.</summary>
    public static string TestNoise(string split) => $"test/{split}/noise";

    /// <summary>The position asked of each NSP query of test set <paramref name="split"/>.</summary>
    public static string TestPosition(string split) => $"test/{split}/position";

    // Initialisation and training of the models.

    /// <summary>Weights of the published logistic regression.</summary>
    public const string InitLogisticRegression = "init/logistic-regression";

    /// <summary>Weights of the multilabel logistic regression (Linear(d→k), one sigmoid per label bit).</summary>
    public const string InitMultilabelLogisticRegression = "init/multilabel-logistic-regression";

    /// <summary>Weights of the published MLP.</summary>
    public const string InitMlp = "init/mlp";

    /// <summary>Weights of the NSP sequence model.</summary>
    public const string InitSequence = "init/sequence";

    /// <summary>Weights of the differentially private logistic regression (DP).</summary>
    public const string InitDpLogisticRegression = "init/dp-logistic-regression";

    /// <summary>Weights of the differentially private MLP (DP).</summary>
    public const string InitDpMlp = "init/dp-mlp";

    /// <summary>Mini-batch order and context flips of the sequence model's training.</summary>
    public const string TrainShuffle = "train/shuffle";

    /// <summary>Weights of the rank-<paramref name="rank"/> logistic regression trained from scratch (SIZE).</summary>
    public static string InitLowRankLogisticRegression(int rank) => $"init/low-rank-logistic-regression/r{rank}";

    /// <summary>Weights of the MLP of width <paramref name="width"/> (SIZE).</summary>
    public static string InitNarrowMlp(int width) => $"init/narrow-mlp/h{width}";

    /// <summary>Poisson sampling of DP-SGD run <paramref name="run"/> (<c>dp</c> or <c>dp-mlp</c>) at ε <paramref name="epsilon"/> (<c>inf</c> for no noise).</summary>
    public static string DpSampling(string run, string epsilon) => $"{run}/eps{epsilon}/sampling";

    /// <summary>Gradient noise of DP-SGD run <paramref name="run"/> at ε <paramref name="epsilon"/>.</summary>
    public static string DpNoise(string run, string epsilon) => $"{run}/eps{epsilon}/noise";

    // Attacks and their controls.

    /// <summary>The attack on <paramref name="model"/> (<c>logistic-regression</c>, <c>mlp</c>) at training step <paramref name="step"/>.</summary>
    public static string AttackAtStep(string model, int step) => $"attack/{model}/step{step}";

    /// <summary>The same attack on the well-represented controls.</summary>
    public static string AttackRepresentedControl(string model, int step) => $"{AttackAtStep(model, step)}/represented-control";

    /// <summary>The same attack on every subpopulation with a training example, for recovery against multiplicity (final checkpoint).</summary>
    public static string AttackMultiplicity(string model, int step) => $"{AttackAtStep(model, step)}/multiplicity";

    /// <summary>The informed attack (told the fixed coordinates) on <paramref name="model"/> at step <paramref name="step"/>.</summary>
    public static string AttackInformedAtStep(string model, int step) => $"{AttackAtStep(model, step)}/informed";

    /// <summary>Coordinate ascent on the multilabel logistic regression (trained <paramref name="step"/> steps), beside its sign attack <c>AttackAtStep("multilabel-logistic-regression", step)</c>.</summary>
    public static string AttackMultilabelCoordinateAscent(int step) => $"{AttackAtStep("multilabel-logistic-regression", step)}/coordinate-ascent";

    /// <summary>Target <paramref name="target"/>'s own draws in attack <paramref name="attack"/>: independent of chunking and device.</summary>
    public static string AttackTarget(string attack, int target) => $"attack/{attack}/target/{target}";

    /// <summary>The fixed subset of singletons (and represented controls) that the figures' extra checkpoints attack when not all are.</summary>
    public const string FigureTargets = "figure/targets";

    /// <summary>The draw the sign attack shares among its targets.</summary>
    public const string SignAttackShared = "attack/sign/shared";

    /// <summary>The fresh strings drawn as controls for each NSP singleton subpopulation.</summary>
    public const string NspFreshControls = "attack/fresh-controls";

    /// <summary>The NSP informed attack's probes.</summary>
    public const string NspInformedAttack = "attack/informed";

    /// <summary>The sign attack of <c>repro bench hcl</c>.</summary>
    public const string TimingSignAttack = "attack/timing/sign";

    /// <summary>The informed attack of <c>repro bench hcl</c>.</summary>
    public const string TimingInformedAttack = "attack/timing/informed";

    /// <summary>The coordinate-ascent attack of <c>repro bench hcl</c>.</summary>
    public const string TimingCoordinateAscentAttack = "attack/timing/coordinate-ascent";

    /// <summary>The attack on the compressed model <paramref name="label"/> of the SIZE sweep.</summary>
    public static string SizeAttack(string label) => $"attack/size/{label}";

    /// <summary>The attack on DP-SGD run <paramref name="run"/> at ε <paramref name="epsilon"/>.</summary>
    public static string DpAttack(string run, string epsilon) => $"attack/{run}/eps{epsilon}";

    /// <summary>Fresh examples of the singleton subpopulations: the chance-level control of every HCL recovery.</summary>
    public const string FreshSingletonControls = "controls/fresh-singletons";

    /// <summary>One fresh example of every subpopulation: the chance-level control of recovery against multiplicity.</summary>
    public const string FreshSubpopulationControls = "controls/fresh-subpopulations";

    // Claims computed without training.

    /// <summary>Instance <paramref name="index"/> of an exact enumeration.</summary>
    public static string ExactInstance(int index) => $"exact/instance/{index}";

    /// <summary>Training set <paramref name="set"/> drawn from exact-enumeration instance <paramref name="index"/>.</summary>
    public static string ExactTrainingSet(int index, int set) => $"{ExactInstance(index)}/training/{set}";

    /// <summary>Replicate <paramref name="replicate"/> (its instance, data, training and attacks) at training-set size <paramref name="n"/> of the scaling sweep.</summary>
    public static string ScalingReplicate(int n, int replicate) => $"scaling/n{n}/replicate{replicate}";

    /// <summary>Replicate training set <paramref name="replicate"/> of the singleton-fraction claims.</summary>
    public static string SingletonTrainingSet(int replicate) => $"sing/training-set/{replicate}";
}
