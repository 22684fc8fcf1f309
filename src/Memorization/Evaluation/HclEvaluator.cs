using Memorization.Learners;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Evaluation;

/// <summary>Errors of HCL models on a labeled query set (docs/experiments.md#published-hcl-experiment): a mistake is argmax_j log Pr[j | x] ≠ y.</summary>
public static class HclEvaluator
{
    private const int BatchRows = 1024;

    /// <summary>Per-query mistake flags of <paramref name="model"/>, evaluated in batches under <c>no_grad</c> on <paramref name="device"/>.</summary>
    public static bool[] Mistakes(ILabelModel model, HclExamples queries, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Dimension != model.InputDimension)
        {
            throw new ArgumentException($"The queries have d = {queries.Dimension} but the model expects {model.InputDimension}.", nameof(queries));
        }
        bool[] mistakes = new bool[queries.Rows];
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        torch.Tensor inputs = queries.ToTensor(device);
        for (int start = 0; start < queries.Rows; start += BatchRows)
        {
            using var batchScope = torch.NewDisposeScope();
            int size = Math.Min(BatchRows, queries.Rows - start);
            torch.Tensor predicted = model.LogProbabilities(inputs.narrow(0, start, size)).argmax(1).cpu();
            long[] labels = predicted.data<long>().ToArray();
            for (int i = 0; i < size; i++)
            {
                mistakes[start + i] = labels[i] != queries.Labels[start + i];
            }
        }
        return mistakes;
    }

    /// <summary>The error rate with its Clopper–Pearson interval.</summary>
    public static ErrorEstimate Error(ILabelModel model, HclExamples queries, torch.Device device, double confidence = 0.95) =>
        ErrorEstimate.FromMistakes(Mistakes(model, queries, device), confidence);

    /// <summary>The excess error of <paramref name="model"/> over <paramref name="bayes"/> on the same queries (paired).</summary>
    public static ExcessError Excess(ILabelModel model, ILabelModel bayes, HclExamples queries, torch.Device device, double confidence = 0.95) =>
        ExcessError.FromMistakes(Mistakes(model, queries, device), Mistakes(bayes, queries, device), confidence);
}
