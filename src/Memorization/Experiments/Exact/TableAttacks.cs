using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Experiments.Exact;

/// <summary>Simple table-reading attacks for the exact checks of the Fano bound on tiny instances.</summary>
public static class TableAttacks
{
    /// <summary>
    /// HCL: the coordinate-wise majority of the inputs the table labels j (ties and an empty region give +1); fixed
    /// coordinates are set from P (they do not count in the bound).
    /// </summary>
    public static sbyte[] HclRegionMajority(int[] table, HclInstance instance, int label)
    {
        int d = instance.Dimension;
        int[] sums = new int[d];
        for (int index = 0; index < table.Length; index++)
        {
            if (table[index] != label)
            {
                continue;
            }
            for (int k = 0; k < d; k++)
            {
                sums[k] += ((index >> k) & 1) == 1 ? 1 : -1;
            }
        }
        sbyte[] guess = new sbyte[d];
        for (int k = 0; k < d; k++)
        {
            guess[k] = instance.IsFixed(label, k) ? instance.FixedValues[(label * d) + k] : sums[k] >= 0 ? (sbyte)1 : (sbyte)-1;
        }
        return guess;
    }

    /// <summary>
    /// NSP prefix-prompted greedy decoding: x̂_0 = the centre's bit 0, then x̂_t = the table's predicted bit after the
    /// prefix x̂_&lt;t.
    /// </summary>
    public static byte[] NspGreedyDecode(byte[] table, NspInstance instance, int subpopulation)
    {
        int d = instance.Length;
        byte[] guess = new byte[d];
        guess[0] = instance.Centre(subpopulation, 0);
        for (int t = 1; t < d; t++)
        {
            int index = 0;
            for (int s = 0; s < t; s++)
            {
                index |= guess[s] << s;
            }
            // Bits ≥ t of the row are 0; column t depends only on the prefix.
            guess[t] = table[(index * d) + t];
        }
        return guess;
    }
}
