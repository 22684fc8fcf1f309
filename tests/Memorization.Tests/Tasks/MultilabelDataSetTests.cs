using Memorization.Tasks;

namespace Memorization.Tests.Tasks;

public class MultilabelDataSetTests
{
    private static readonly HclParameters Small = new(30, 24, 20, 0.3, testSize: 16);

    [Fact]
    public void TheSameSeedGivesTheSameLabelVectorsAndAnotherSeedOthers()
    {
        MultilabelHclDataSet a = MultilabelHclDataSet.Generate(Small, 32, 7);
        MultilabelHclDataSet b = MultilabelHclDataSet.Generate(Small, 32, 7);
        MultilabelHclDataSet c = MultilabelHclDataSet.Generate(Small, 32, 8);
        Assert.Equal(a.Labels.Bits, b.Labels.Bits);
        Assert.Equal(a.Examples.Training.Values, b.Examples.Training.Values);
        Assert.NotEqual(a.Labels.Bits, c.Labels.Bits);
        Assert.All(a.Labels.Bits, bit => Assert.True(bit <= 1));
    }

    [Fact]
    public void LabelVectorsShiftNoDrawOfTheMulticlassTask()
    {
        // The label vectors have their own stream: instance, examples, counts and query sets are the multiclass data set's.
        MultilabelHclDataSet multi = MultilabelHclDataSet.Generate(Small, 16, 11);
        HclDataSet plain = HclDataSet.Generate(Small, 11);
        Assert.Equal(plain.Instance.FixedValues, multi.Examples.Instance.FixedValues);
        Assert.Equal(plain.Training.Values, multi.Examples.Training.Values);
        Assert.Equal(plain.Training.Labels, multi.Examples.Training.Labels);
        Assert.Equal(plain.SingletonIndices, multi.Examples.SingletonIndices);
        Assert.Equal(plain.SingletonTest.Values, multi.Examples.SingletonTest.Values);
    }

    [Fact]
    public void RowsGetTheirSubpopulationsVector()
    {
        MultilabelHclDataSet data = MultilabelHclDataSet.Generate(Small, 8, 3);
        using TorchSharp.torch.Tensor rows = data.Labels.ForRows(data.Examples.Training.Labels, TorchSharp.torch.CPU);
        float[] values = rows.data<float>().ToArray();
        for (int i = 0; i < data.Examples.Training.Rows; i++)
        {
            for (int b = 0; b < 8; b++)
            {
                Assert.Equal(data.Labels.Bit(data.Examples.Training.Labels[i], b), values[(i * 8) + b]);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(HclLabelVectors.MaxLabelBits + 1)]
    public void AnImpossibleKIsAnErrorNamingIt(int k)
    {
        var ex = Assert.Throws<InvalidParameterException>(() => MultilabelHclDataSet.Generate(Small, k, 1));
        Assert.Equal("labelBits", ex.ParamName);
        Assert.Contains("label bits", ex.Message);
    }
}
