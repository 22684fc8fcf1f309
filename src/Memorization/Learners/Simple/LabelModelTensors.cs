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

    internal static int LabelBits(int labels) => (int)Math.Ceiling(Math.Log2(Math.Max(2, labels)));
}
