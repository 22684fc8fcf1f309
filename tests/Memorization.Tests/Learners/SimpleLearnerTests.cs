using Memorization.Learners.Simple;
using Memorization.Randomness;
using Memorization.Tasks;
using TorchSharp;

namespace Memorization.Tests.Learners;

public class SimpleLearnerTests
{
    [Fact]
    public void NearestNeighbourRecallsItsTrainingExamples()
    {
        var p = new HclParameters(30, 40, 30, 0.2, testSize: 10);
        HclDataSet data = HclDataSet.Generate(p, 8);
        var nn = new HclNearestNeighbour(data.Training, 30);
        using torch.Tensor inputs = data.Training.ToTensor(torch.CPU);
        using torch.Tensor logp = nn.LogProbabilities(inputs);
        using torch.Tensor predicted = logp.argmax(1);
        long[] labels = predicted.data<long>().ToArray();
        for (int i = 0; i < 30; i++)
        {
            Assert.Equal(nn.Predict(data.Training.Row(i)), (int)labels[i]);
            Assert.Equal(data.Training.Labels[i], nn.Predict(data.Training.Row(i)));
        }
        using torch.Tensor sums = logp.logsumexp(1);
        Assert.All(sums.data<float>().ToArray(), s => Assert.InRange(s, -1e-4f, 1e-4f));
    }

    [Fact]
    public void ConstantAndTableModelsAgreeWithTheirExactPredictions()
    {
        var constant = new HclConstant(2, 4, 3);
        var table = new HclRandomTable(4, 3, SeedDerivation.Stream(1, "tests/table"));
        sbyte[] domain = BinaryDomain.Signs(4);
        using torch.Tensor inputs = torch.tensor(domain.Select(v => (float)v).ToArray(), new long[] { 16, 4 });
        foreach (var model in new Memorization.Learners.ILabelModel[] { constant, table })
        {
            using torch.Tensor predicted = model.LogProbabilities(inputs).argmax(1);
            long[] labels = predicted.data<long>().ToArray();
            for (int index = 0; index < 16; index++)
            {
                Assert.Equal(((IHclClassifier)model).Predict(domain.AsSpan(index * 4, 4)), (int)labels[index]);
            }
        }
        Assert.Equal(Enumerable.Repeat(2, 16), Enumerable.Range(0, 16).Select(i => constant.Predict(domain.AsSpan(i * 4, 4))));
    }

    [Fact]
    public void NspNearestNeighbourCompletesAStoredString()
    {
        var training = new NspStrings(5, [1, 1, 0, 1, 0, 0, 0, 1, 1, 1], [0, 1]);
        var nn = new NspNearestNeighbour(training);
        double[] probabilities = new double[5];
        nn.Probabilities(training.Row(0), probabilities);
        // Position 0: both strings tie (½). Afterwards string 0 is strictly nearest.
        Assert.Equal([0.5, 1, 0, 1, 0], probabilities);
        var table = new NspRandomTable(5, SeedDerivation.Stream(2, "tests/nsp-table"));
        using torch.Tensor strings = training.ToTensor(torch.CPU);
        using torch.Tensor fromTensor = table.NextBitProbabilities(strings);
        table.Probabilities(training.Row(1), probabilities);
        Assert.Equal(probabilities.Select(v => (float)v), fromTensor.data<float>().ToArray().Skip(5));
    }
}
