namespace Memorization.Tasks;

/// <summary>
/// The whole input domain of a tiny task, in a fixed order: index(x) = Σ_k [x_k = +1 (HCL) or 1 (NSP)]·2^k.
/// For enumeration on tiny instances (docs/bounds.md#exact-information); d ≤ 20.
/// </summary>
public static class BinaryDomain
{
    /// <summary>The largest d enumerated.</summary>
    public const int MaxDimension = 20;

    private static readonly sbyte[]?[] SignCache = new sbyte[]?[MaxDimension + 1];
    private static readonly byte[]?[] BitCache = new byte[]?[MaxDimension + 1];

    /// <summary>All x ∈ {±1}^d, row-major [2^d, d] (a shared read-only copy for d ≤ 12).</summary>
    internal static sbyte[] SignsShared(int dimension)
    {
        Check(dimension);
        return dimension > 12 ? Signs(dimension) : SignCache[dimension] ??= Signs(dimension);
    }

    /// <summary>All z ∈ {0,1}^d, row-major [2^d, d] (a shared read-only copy for d ≤ 12).</summary>
    internal static byte[] BitsShared(int dimension)
    {
        Check(dimension);
        return dimension > 12 ? Bits(dimension) : BitCache[dimension] ??= Bits(dimension);
    }

    /// <summary>All x ∈ {±1}^d, row-major [2^d, d].</summary>
    public static sbyte[] Signs(int dimension)
    {
        Check(dimension);
        int size = 1 << dimension;
        sbyte[] all = new sbyte[size * dimension];
        for (int index = 0; index < size; index++)
        {
            for (int k = 0; k < dimension; k++)
            {
                all[(index * dimension) + k] = ((index >> k) & 1) == 1 ? (sbyte)1 : (sbyte)-1;
            }
        }
        return all;
    }

    /// <summary>All z ∈ {0,1}^d, row-major [2^d, d].</summary>
    public static byte[] Bits(int dimension)
    {
        Check(dimension);
        int size = 1 << dimension;
        byte[] all = new byte[size * dimension];
        for (int index = 0; index < size; index++)
        {
            for (int k = 0; k < dimension; k++)
            {
                all[(index * dimension) + k] = (byte)((index >> k) & 1);
            }
        }
        return all;
    }

    private static void Check(int dimension)
    {
        if (dimension < 1 || dimension > MaxDimension)
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"Enumerating the domain needs 1 ≤ d ≤ {MaxDimension}.");
        }
    }
}
