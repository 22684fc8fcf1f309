using Memorization.Learners;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Evaluation;

/// <summary>
/// Bit errors of multilabel HCL models (docs/tasks.md#multilabel-hcl): a query x of subpopulation J is answered bit by bit,
/// ŷ_b = 1 exactly when Pr[y_b = 1 | x] &gt; 1/2, and its bit error is the fraction of the k bits with ŷ_b ≠ y_{J,b}.
/// Queries are independent, their bits are not (one misrecognised cluster costs about k/2 bits): the per-query fractions
/// are the samples of any interval.
/// </summary>
public static class MultilabelEvaluator
{
    private const int BatchRows = 1024;

    /// <summary>Each query's fraction of wrong bits, in query order, evaluated in batches under <c>no_grad</c> on <paramref name="device"/>.</summary>
    public static double[] BitErrors(IMultilabelModel model, HclExamples queries, HclLabelVectors labels, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(labels);
        if (queries.Dimension != model.InputDimension || labels.LabelBits != model.LabelBits)
        {
            throw new ArgumentException(
                $"The queries have d = {queries.Dimension} and k = {labels.LabelBits} but the model expects d = {model.InputDimension}, k = {model.LabelBits}.",
                nameof(queries));
        }
        double[] errors = new double[queries.Rows];
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        torch.Tensor inputs = queries.ToTensor(device);
        torch.Tensor truth = labels.ForRows(queries.Labels, device);
        for (int start = 0; start < queries.Rows; start += BatchRows)
        {
            using var batchScope = torch.NewDisposeScope();
            int size = Math.Min(BatchRows, queries.Rows - start);
            torch.Tensor predicted = model.BitProbabilities(inputs.narrow(0, start, size)).gt(0.5f).to_type(torch.float32);
            torch.Tensor wrong = predicted.ne(truth.narrow(0, start, size)).to_type(torch.float64).mean([1]).cpu();
            wrong.data<double>().ToArray().CopyTo(errors, start);
        }
        return errors;
    }

    /// <summary>The mean of <paramref name="bitErrors"/>: the fraction of all query bits predicted wrong (NaN when empty).</summary>
    public static double Mean(IReadOnlyList<double> bitErrors)
    {
        ArgumentNullException.ThrowIfNull(bitErrors);
        return bitErrors.Count == 0 ? double.NaN : bitErrors.Average();
    }
}
