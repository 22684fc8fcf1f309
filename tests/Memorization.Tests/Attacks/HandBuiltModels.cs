using Memorization.Learners;
using Memorization.Learners.Trained;
using Memorization.Tests.Experiments.Hcl;
using TorchSharp;
using static TorchSharp.torch;

namespace Memorization.Tests.Attacks;

/// <summary>Models whose attack answers are known in closed form.</summary>
internal static class HandBuiltModels
{
    /// <summary>
    /// A logistic regression whose weight rows 0..k−1 are ±1 vectors v_j (the rest 0, bias 0). For such a model
    /// ∂ log p_j/∂x_i = v_ji(1 − p_j) − Σ_{l≠j} p_l v_li has the sign of v_ji (the sum is smaller than 1 − p_j in size
    /// because the zero rows carry probability), so log p_j is strictly monotone in each x_i towards v_ji at every x:
    /// the sign attack, coordinate ascent and the informed attack must all return exactly v_j. The rows are scaled by
    /// 1/d so that logits stay in [−1, 1]: with ±1 weights, p_j saturates to 1 in float32 and a flip's gain rounds to 0.
    /// </summary>
    public static (LogisticRegressionModel Model, Tensor Rows) SignRows(int d, int labelCount, int signedRows, ulong seed)
    {
        var model = new LogisticRegressionModel(d, labelCount, 1, CPU);
        Tensor rows = SyntheticHcl.Signs([signedRows, d], new Generator(seed));
        using (no_grad())
        {
            model.Linear.weight!.zero_();
            model.Linear.bias!.zero_();
            model.Linear.weight!.narrow(0, 0, signedRows).copy_(rows / d);
        }
        return (model, rows);
    }
}

/// <summary>Hides a model behind the bare interface, so attacks take their generic path.</summary>
internal sealed class OpaqueLabelModel(ILabelModel inner) : ILabelModel
{
    public string Name => "opaque-" + inner.Name;

    public long ParameterBits => inner.ParameterBits;

    public int InputDimension => inner.InputDimension;

    public int LabelCount => inner.LabelCount;

    public Tensor LogProbabilities(Tensor inputs) => inner.LogProbabilities(inputs);
}
