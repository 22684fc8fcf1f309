using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Learners.Trained;

/// <summary>
/// A capacity-limited logistic regression (SIZE claim, docs/bounds.md#model-size): log Pr[y = j | x] = log-softmax(A(Bx) + c)_j with
/// B ∈ ℝ^{r×d} (no bias), A ∈ ℝ^{N×r}, c ∈ ℝ^N — a logistic regression whose weight AB has rank ≤ r, trained from
/// scratch. Both layers are initialised like PyTorch's Linear from a seeded generator (B, then A, then c).
/// Size: 32·(r·d + N·r + N) bits.
/// </summary>
public sealed class LowRankLogisticRegressionModel : TrainedLabelModel
{
    private readonly TorchSharp.Modules.Linear _down;
    private readonly TorchSharp.Modules.Linear _up;

    /// <summary>Builds the model with weights drawn from <c>torch.Generator(initSeed)</c>, then moves it to <paramref name="device"/>.</summary>
    /// <param name="inputDimension">d.</param>
    /// <param name="rank">r ≥ 1, the width of the bottleneck.</param>
    /// <param name="labelCount">N.</param>
    /// <param name="initSeed">Seed of the initialisation.</param>
    /// <param name="device">Where the parameters live.</param>
    public LowRankLogisticRegressionModel(int inputDimension, int rank, int labelCount, long initSeed, Device device)
        : base("low-rank-logistic-regression", inputDimension, labelCount, device)
    {
        if (rank < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, "The rank r of a low-rank logistic regression must be ≥ 1 (r ≥ min(d, N) is full rank).");
        }
        Rank = rank;
        _down = nn.Linear(inputDimension, rank, hasBias: false);
        _up = nn.Linear(rank, labelCount);
        using var generator = new Generator(unchecked((ulong)initSeed));
        SeededLinearInit.Reset(_down, generator);
        SeededLinearInit.Reset(_up, generator);
        RegisterComponents();
        this.to(device);
    }

    /// <summary>r, the bottleneck width.</summary>
    public int Rank { get; }

    /// <summary>log-softmax(A(Bx) + c).</summary>
    public override Tensor forward(Tensor input)
    {
        using Tensor projected = _down.forward(input);
        using Tensor logits = _up.forward(projected);
        return nn.functional.log_softmax(logits, 1);
    }
}
