namespace Memorization.Devices;

/// <summary>
/// One float32 matrix product C = A·B with A ∈ ℝ^{m×k}, B ∈ ℝ^{k×n}, as timed by <see cref="MatrixProductPeak"/>.
/// </summary>
/// <param name="Label">What the product is, for tables (e.g. <c>X·W₁ᵀ</c>).</param>
/// <param name="M">Rows of A and C.</param>
/// <param name="K">Columns of A, rows of B (the summed dimension).</param>
/// <param name="N">Columns of B and C.</param>
public sealed record MatrixProductShape(string Label, int M, int K, int N)
{
    /// <summary>Floating-point operations of the product: 2·m·k·n (one multiply and one add per term of each of the m·n sums).</summary>
    public double Flops => 2.0 * M * K * N;

    /// <summary>A square product n×n·n×n (the classic peak measurement).</summary>
    public static MatrixProductShape Square(int size) => new($"square {size}", size, size, size);

    /// <summary>Throws when a dimension is not positive: the message names it and the fix.</summary>
    /// <exception cref="InvalidParameterException">m, k or n &lt; 1.</exception>
    public void Validate()
    {
        foreach ((string name, int value) in new[] { ("m", M), ("k", K), ("n", N) })
        {
            if (value < 1)
            {
                throw new InvalidParameterException(name, $"Matrix product '{Label}': {name} = {value} must be ≥ 1 (a product of empty matrices measures nothing).");
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Label} ({M}×{K}·{K}×{N})";
}
