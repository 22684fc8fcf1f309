using static TorchSharp.torch;

namespace Memorization.Learners.Sequence;

/// <summary>Checks of the tensors of next-symbol prediction, with messages that name the parameter and the fix.</summary>
internal static class NspTensorChecks
{
    /// <summary>[b, d] float32 with entries in {0, 1}.</summary>
    public static void RequireStrings(Tensor strings, int length, string parameter)
    {
        ArgumentNullException.ThrowIfNull(strings, parameter);
        if (strings.dim() != 2 || strings.shape[1] != length)
        {
            throw new ArgumentException(
                $"{parameter} must be a [batch, {length}] tensor of bits; got shape [{string.Join(", ", strings.shape)}]. " +
                "Pass one string per row, of the model's length d.", parameter);
        }
        if (strings.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"{parameter} must be float32 with entries in {{0, 1}}; got {strings.dtype}. Convert with .to(torch.float32).", parameter);
        }
        using var scope = NewDisposeScope();
        if (strings.numel() > 0 && (strings.ne(0.0f) & strings.ne(1.0f)).any().item<bool>())
        {
            throw new ArgumentException(
                $"{parameter} must hold only the bits 0 and 1; it holds other values (±1 strings belong to HCL: map them with (x + 1) / 2).",
                parameter);
        }
    }

    /// <summary>Same number of rows as <paramref name="rows"/>.</summary>
    public static void RequireRows(Tensor tensor, long rows, string parameter, string other)
    {
        ArgumentNullException.ThrowIfNull(tensor, parameter);
        if (tensor.shape[0] != rows)
        {
            throw new ArgumentException(
                $"{parameter} has {tensor.shape[0]} rows but {other} has {rows}; they must describe the same strings, row by row.", parameter);
        }
    }
}
