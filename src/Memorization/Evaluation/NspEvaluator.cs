using Memorization.Information;
using Memorization.Learners;
using Memorization.Learners.Bayes;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Evaluation;

/// <summary>
/// Errors and log-loss of next-bit models on NSP queries (docs/tasks.md#nsp): the model reads column T of its output (or
/// answers the query directly when it implements <see cref="IQueryNextBitModel"/>).
/// </summary>
public static class NspEvaluator
{
    private const int BatchRows = 512;
    private const double Clamp = 1e-12;

    /// <summary>Pr[z_T = 1 | z_&lt;T] for every query, from the model on <paramref name="device"/>.</summary>
    public static double[] ProbabilitiesOfOne(INextBitModel model, NspQueries queries, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Strings.Length != model.Length)
        {
            throw new ArgumentException($"The queries have d = {queries.Strings.Length} but the model expects {model.Length}.", nameof(queries));
        }
        double[] result = new double[queries.Count];
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        torch.Tensor strings = queries.Strings.ToTensor(device);
        torch.Tensor positions = queries.PositionsTensor(device);
        for (int start = 0; start < queries.Count; start += BatchRows)
        {
            using var batchScope = torch.NewDisposeScope();
            int size = Math.Min(BatchRows, queries.Count - start);
            torch.Tensor batchStrings = strings.narrow(0, start, size);
            torch.Tensor batchPositions = positions.narrow(0, start, size);
            // Models that answer (string, T) directly skip the other columns.
            torch.Tensor column = (model is IQueryNextBitModel direct
                ? direct.NextBitProbabilityAt(batchStrings, batchPositions)
                : model.NextBitProbabilities(batchStrings).gather(1, batchPositions.unsqueeze(1)).squeeze(1)).to_type(torch.float64).cpu();
            column.data<double>().ToArray().CopyTo(result, start);
        }
        return result;
    }

    /// <summary>Per-query mistake flags: predicted bit (probability &gt; ½) ≠ z_T.</summary>
    public static bool[] Mistakes(INextBitModel model, NspQueries queries, torch.Device device)
    {
        double[] p = ProbabilitiesOfOne(model, queries, device);
        return p.Select((v, i) => (v > 0.5 ? 1 : 0) != queries.NextBit(i)).ToArray();
    }

    /// <summary>Error and log-loss of <paramref name="model"/>.</summary>
    public static NspEvaluation Evaluate(INextBitModel model, NspQueries queries, torch.Device device, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Count == 0)
        {
            throw new ArgumentException("The query set is empty; an error rate needs at least one query.", nameof(queries));
        }
        double[] p = ProbabilitiesOfOne(model, queries, device);
        bool[] mistakes = p.Select((v, i) => (v > 0.5 ? 1 : 0) != queries.NextBit(i)).ToArray();
        double[] losses = p.Select((v, i) =>
        {
            double correct = queries.NextBit(i) == 1 ? v : 1.0 - v;
            return -Math.Log2(Math.Clamp(correct, Clamp, 1.0 - Clamp));
        }).ToArray();
        (double mean, double lower, double upper) = losses.Length >= 2
            ? ConfidenceBounds.NormalMean(losses, confidence)
            : (losses.Average(), double.NegativeInfinity, double.PositiveInfinity);
        return new NspEvaluation(ErrorEstimate.FromMistakes(mistakes, confidence), mean, lower, upper);
    }

    /// <summary>The excess error of <paramref name="model"/> over <paramref name="bayes"/> on the same queries (paired).</summary>
    public static ExcessError Excess(INextBitModel model, INextBitModel bayes, NspQueries queries, torch.Device device, double confidence = 0.95) =>
        ExcessError.FromMistakes(Mistakes(model, queries, device), Mistakes(bayes, queries, device), confidence);
}
