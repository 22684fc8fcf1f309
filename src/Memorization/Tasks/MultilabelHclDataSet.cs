namespace Memorization.Tasks;

/// <summary>
/// One multilabel HCL data set (docs/tasks.md#multilabel-hcl): the multiclass data set of the same root seed — instance P,
/// training set with its counts m_j and singletons, the fresh, represented and singleton query sets, all unchanged — and
/// the label vectors y_j ∈ {0,1}^k, so that example i of subpopulation J_i is labelled y_{J_i}.
/// </summary>
/// <remarks>
/// The label vectors come from their own stream (<c>instance/label-vectors</c>), so adding them shifts no draw of the
/// multiclass task: the examples, counts and singletons are bit for bit those of <see cref="HclDataSet.Generate(HclParameters, ulong)"/>.
/// </remarks>
public sealed class MultilabelHclDataSet
{
    private MultilabelHclDataSet(HclDataSet examples, HclLabelVectors labels)
    {
        Examples = examples;
        Labels = labels;
    }

    /// <summary>The examples, their subpopulations J_i, counts, singletons and query sets (the multiclass data set).</summary>
    public HclDataSet Examples { get; }

    /// <summary>y_j for every subpopulation.</summary>
    public HclLabelVectors Labels { get; }

    /// <summary>The task's parameters (n, d, N, ρ, w, query-set size).</summary>
    public HclParameters Parameters => Examples.Parameters;

    /// <summary>k.</summary>
    public int LabelBits => Labels.LabelBits;

    /// <summary>Generates the data set of <paramref name="rootSeed"/> with k = <paramref name="labelBits"/> label bits per subpopulation.</summary>
    /// <exception cref="InvalidParameterException">k is outside [1, <see cref="HclLabelVectors.MaxLabelBits"/>].</exception>
    public static MultilabelHclDataSet Generate(HclParameters parameters, int labelBits, ulong rootSeed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        HclLabelVectors.CheckLabelBits(labelBits);
        return new MultilabelHclDataSet(HclDataSet.Generate(parameters, rootSeed), HclLabelVectors.Generate(parameters.Subpopulations, labelBits, rootSeed));
    }

    /// <summary>Combines a data set with label vectors drawn for the same N (tests build both by hand).</summary>
    public static MultilabelHclDataSet From(HclDataSet examples, HclLabelVectors labels)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Subpopulations != examples.Parameters.Subpopulations)
        {
            throw new ArgumentException($"The label vectors are for N = {labels.Subpopulations} subpopulations but the data set has N = {examples.Parameters.Subpopulations}.", nameof(labels));
        }
        return new MultilabelHclDataSet(examples, labels);
    }
}
