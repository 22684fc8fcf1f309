using System.Security.Cryptography;
using Memorization.Tasks;
using Snapshooter.Xunit;
using TorchSharp;

namespace Memorization.Tests.Tasks;

public class DataSetTests
{
    private static readonly HclParameters SmallHcl = new(12, 16, 6, 0.3, testSize: 8);
    private static readonly NspParameters SmallNsp = new(12, 16, 6, 0.2, testSize: 8);

    private static string Digest(HclDataSet data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(data.Instance.FixedValues.Select(v => (byte)v).ToArray());
        foreach (HclExamples set in new[] { data.Training, data.FreshTest, data.RepresentedTest, data.SingletonTest })
        {
            hash.AppendData(set.Values.Select(v => (byte)v).ToArray());
            hash.AppendData(set.Labels.SelectMany(BitConverter.GetBytes).ToArray());
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Digest(NspDataSet data)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(data.Instance.Centres.ToArray());
        foreach (NspQueries set in new[] { data.FreshQueries, data.RepresentedQueries, data.SingletonQueries })
        {
            hash.AppendData(set.Strings.Bits.ToArray());
            hash.AppendData(set.Positions.SelectMany(BitConverter.GetBytes).ToArray());
        }
        hash.AppendData(data.Training.Bits.ToArray());
        hash.AppendData(data.Training.Subpopulations.SelectMany(BitConverter.GetBytes).ToArray());
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    [Fact]
    public void SameSeedGivesTheSnapshottedData()
    {
        var digests = new
        {
            Hcl = Digest(HclDataSet.Generate(SmallHcl, 123)),
            Nsp = Digest(NspDataSet.Generate(SmallNsp, 123)),
        };
        Assert.Equal(digests.Hcl, Digest(HclDataSet.Generate(SmallHcl, 123)));
        Assert.Equal(digests.Nsp, Digest(NspDataSet.Generate(SmallNsp, 123)));
        Assert.NotEqual(digests.Hcl, Digest(HclDataSet.Generate(SmallHcl, 124)));
        Snapshot.Match(digests);
    }

    [Fact]
    public void NamedStreamsKeepTheTrainingSetWhenTheTestSizeChanges()
    {
        HclDataSet a = HclDataSet.Generate(SmallHcl, 7);
        HclDataSet b = HclDataSet.Generate(new HclParameters(12, 16, 6, 0.3, testSize: 30), 7);
        Assert.Equal(a.Training.Values, b.Training.Values);
        Assert.Equal(a.Training.Labels, b.Training.Labels);
        Assert.Equal(a.FreshTest.Labels, b.FreshTest.Labels.Take(8));
    }

    [Fact]
    public void CountsSingletonsAndSplitsAreConsistent()
    {
        HclDataSet data = HclDataSet.Generate(new HclParameters(40, 20, 40, 0.3, testSize: 60), 11);
        Assert.Equal(40, data.Counts.Sum());
        Assert.All(data.SingletonIndices, i => Assert.Equal(1, data.Counts[data.Training.Labels[i]]));
        Assert.Equal(data.Training.Labels.Count(j => data.Counts[j] == 1), data.SingletonIndices.Count);
        Assert.All(data.RepresentedTest.Labels, j => Assert.True(data.Counts[j] >= 1));
        Assert.All(data.SingletonTest.Labels, j => Assert.Equal(1, data.Counts[j]));
        Assert.Equal(60, data.SingletonTest.Rows);

        NspDataSet nsp = NspDataSet.Generate(new NspParameters(40, 20, 40, 0.2, testSize: 60), 11);
        Assert.All(nsp.SingletonQueries.Strings.Subpopulations, j => Assert.Equal(1, nsp.Counts[j]));
        Assert.All(nsp.RepresentedQueries.Strings.Subpopulations, j => Assert.True(nsp.Counts[j] >= 1));
    }

    [Fact]
    public void TensorsHaveTheDocumentedShapesAndValues()
    {
        HclDataSet data = HclDataSet.Generate(SmallHcl, 3);
        using torch.Tensor x = data.Training.ToTensor(torch.CPU);
        using torch.Tensor y = data.Training.LabelsTensor(torch.CPU);
        using torch.Tensor mask = data.Instance.FixedMaskTensor(torch.CPU);
        Assert.Equal(new long[] { 12, 16 }, x.shape);
        Assert.Equal(torch.float32, x.dtype);
        Assert.Equal(torch.int64, y.dtype);
        Assert.Equal(torch.@bool, mask.dtype);
        Assert.Equal(data.Training.Values.Select(v => (float)v), x.data<float>().ToArray());
        Assert.Equal(data.Training.Labels.Select(v => (long)v), y.data<long>().ToArray());
        using torch.Tensor singletons = data.SingletonIndicesTensor(torch.CPU);
        using torch.Tensor counts = data.CountsTensor(torch.CPU);
        Assert.Equal(data.SingletonIndices.Select(v => (long)v), singletons.data<long>().ToArray());
        Assert.Equal(data.Counts.Select(v => (long)v), counts.data<long>().ToArray());

        NspDataSet nsp = NspDataSet.Generate(SmallNsp, 3);
        using torch.Tensor z = nsp.Training.ToTensor(torch.CPU);
        Assert.Equal(nsp.Training.Bits.Select(v => (float)v), z.data<float>().ToArray());
        using torch.Tensor next = nsp.FreshQueries.NextBitsTensor(torch.CPU);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)nsp.FreshQueries.Strings.Row(i)[nsp.FreshQueries.Positions[i]]), next.data<long>().ToArray());
    }
}
