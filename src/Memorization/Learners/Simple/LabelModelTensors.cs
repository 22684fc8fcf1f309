using TorchSharp;

namespace Memorization.Learners.Simple;

/// <summary>Shared tensor plumbing of the simple learners, which compute on the CPU in C#.</summary>
internal static class LabelModelTensors
{
    internal static sbyte[] SignsOnCpu(torch.Tensor inputs, int dimension, string parameter)
    {
        if (inputs.dim() != 2 || inputs.shape[1] != dimension)
        {
            throw new ArgumentException($"inputs must be [batch, {dimension}]; got [{string.Join(", ", inputs.shape)}].", parameter);
        }
        using torch.Tensor cpu = inputs.to_type(torch.float32).cpu();
        return cpu.data<float>().ToArray().Select(v => v > 0 ? (sbyte)1 : (sbyte)-1).ToArray();
    }

    internal static byte[] BitsOnCpu(torch.Tensor strings, int length, string parameter)
    {
        if (strings.dim() != 2 || strings.shape[1] != length)
        {
            throw new ArgumentException($"strings must be [batch, {length}]; got [{string.Join(", ", strings.shape)}].", parameter);
        }
        using torch.Tensor cpu = strings.to_type(torch.float32).cpu();
        return cpu.data<float>().ToArray().Select(v => v > 0.5f ? (byte)1 : (byte)0).ToArray();
    }

    /// <summary>log_softmax over rows of [rows, columns] logits, returned on <paramref name="device"/>.</summary>
    internal static torch.Tensor LogSoftmax(float[] logits, int rows, int columns, torch.Device device)
    {
        using var scope = torch.NewDisposeScope();
        torch.Tensor t = torch.tensor(logits, new long[] { rows, columns }).log_softmax(1).to(device);
        return t.MoveToOuterDisposeScope();
    }

    internal static torch.Tensor Probabilities(double[] values, int rows, int columns, torch.Device device)
    {
        using var scope = torch.NewDisposeScope();
        torch.Tensor t = torch.tensor(values.Select(v => (float)v).ToArray(), new long[] { rows, columns }).to(device);
        return t.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Pr[z_t = 1 | z_&lt;t] for every row of <paramref name="strings"/> ([batch, d] bits), computed string by string by
    /// <paramref name="predictor"/> on the CPU and returned on the strings' device.
    /// </summary>
    internal static torch.Tensor NextBitProbabilities(INspPredictor predictor, torch.Tensor strings, int length)
    {
        ArgumentNullException.ThrowIfNull(strings);
        byte[] z = BitsOnCpu(strings, length, nameof(strings));
        int batch = z.Length / length;
        double[] result = new double[z.Length];
        for (int b = 0; b < batch; b++)
        {
            predictor.Probabilities(z.AsSpan(b * length, length), result.AsSpan(b * length, length));
        }
        return Probabilities(result, batch, length, strings.device);
    }

    internal static int LabelBits(int labels) => (int)Math.Ceiling(Math.Log2(Math.Max(2, labels)));
}
