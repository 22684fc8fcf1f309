using TorchSharp;

namespace Memorization.Tasks;

/// <summary>Copies the compact C# data of the tasks to tensors (the data are generated in C#, so they do not depend on the device).</summary>
internal static class TensorConversion
{
    internal static torch.Tensor Float32(float[] values, int rows, int columns, torch.Device device)
    {
        using torch.Tensor cpu = torch.tensor(values, new long[] { rows, columns }, dtype: torch.float32);
        return cpu.to(device);
    }

    internal static torch.Tensor Int64(IReadOnlyList<int> values, torch.Device device)
    {
        long[] data = values.Select(v => (long)v).ToArray();
        using torch.Tensor cpu = torch.tensor(data, new long[] { data.Length }, dtype: torch.int64);
        return cpu.to(device);
    }
}
