using Memorization.Learners;
using static TorchSharp.torch;

namespace Memorization.Experiments.Nsp;

/// <summary>Next-bit error on a query set, split by the training count of the query's subpopulation.</summary>
internal static class NspQueryErrors
{
    /// <summary>
    /// Adds <c>name/m=0</c>, <c>name/m=1</c>, <c>name/m≥2</c>: the fraction of queries (z, T) with
    /// 1[Pr[z_T = 1 | z_&lt;T] &gt; 1/2] ≠ z_T; and <c>name/centre-oracle</c>, the error of predicting c_T, when
    /// the set carries centres; and the per-query mistake flags of the set under <c>name</c> in <paramref name="mistakes"/>
    /// (for paired comparisons with another predictor on the same queries).
    /// </summary>
    public static void Add(INextBitModel model, NspQuerySet set, IDictionary<string, double> errors, IDictionary<string, bool[]> mistakes)
    {
        using var scope = NewDisposeScope();
        long q = set.Strings.shape[0];
        if (set.Positions.shape[0] != q || set.TrainingCounts.shape[0] != q)
        {
            throw new ArgumentException(
                $"Query set '{set.Name}': Positions ({set.Positions.shape[0]}) and TrainingCounts ({set.TrainingCounts.shape[0]}) must have one entry per string ({q}).",
                nameof(set));
        }
        Tensor positions = set.Positions.cpu().to(int64).unsqueeze(1);
        Tensor probabilities = model.NextBitProbabilities(set.Strings).cpu().gather(1, positions).squeeze(1);
        Tensor truth = set.Strings.cpu().gather(1, positions).squeeze(1);
        Tensor wrong = probabilities.gt(0.5).to(float32).ne(truth);
        mistakes[set.Name] = wrong.data<bool>().ToArray();
        Tensor counts = set.TrainingCounts.cpu();
        AddClass(errors, $"{set.Name}/m=0", wrong, counts.eq(0));
        AddClass(errors, $"{set.Name}/m=1", wrong, counts.eq(1));
        AddClass(errors, $"{set.Name}/m≥2", wrong, counts.ge(2));
        if (set.Centres is { } centres)
        {
            Tensor oracleWrong = centres.cpu().gather(1, positions).squeeze(1).ne(truth);
            AddClass(errors, $"{set.Name}/centre-oracle", oracleWrong, ones_like(counts, dtype: @bool));
        }
    }

    private static void AddClass(IDictionary<string, double> errors, string key, Tensor wrong, Tensor mask)
    {
        long size = mask.sum().item<long>();
        if (size > 0)
        {
            errors[key] = wrong.masked_select(mask).to(float64).mean().item<double>();
        }
    }
}
