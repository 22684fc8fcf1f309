using Memorization.Randomness;
using Memorization.Tasks;

namespace Memorization.Experiments.Sampling;

/// <summary>
/// The singleton fraction of training sets drawn from a frequency prior: replicate r draws n subpopulation indices
/// from stream <see cref="SeedStreams.SingletonTrainingSet"/> of the root seed and counts the examples whose subpopulation appears once.
/// </summary>
public static class SingletonFractionStudy
{
    /// <summary>The singleton fraction of each of <paramref name="replicates"/> training sets of size <paramref name="n"/>.</summary>
    public static double[] Run(FrequencyPrior prior, int n, int replicates, ulong seed, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prior);
        double[] fractions = new double[replicates];
        int[] counts = new int[prior.Count];
        int[] members = new int[n];
        for (int r = 0; r < replicates; r++)
        {
            if (r % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)r / replicates);
            }

            fractions[r] = SingletonFractionOfOneTrainingSet(prior, SeedDerivation.Stream(seed, SeedStreams.SingletonTrainingSet(r)), counts, members);
        }

        progress?.Report(1.0);
        return fractions;
    }

    private static double SingletonFractionOfOneTrainingSet(FrequencyPrior prior, System.Random random, int[] counts, int[] members)
    {
        Array.Clear(counts);
        for (int i = 0; i < members.Length; i++)
        {
            members[i] = prior.Sample(random);
            counts[members[i]]++;
        }

        int singletons = 0;
        foreach (int j in members)
        {
            if (counts[j] == 1)
            {
                singletons++;
            }
        }

        return (double)singletons / members.Length;
    }
}
