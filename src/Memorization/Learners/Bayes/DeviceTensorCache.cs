using TorchSharp;

namespace Memorization.Learners.Bayes;

/// <summary>Keeps one copy of a model's constant tensor per device, made on first use (the learners run on any device).</summary>
internal sealed class DeviceTensorCache : IDisposable
{
    private readonly Func<torch.Tensor> _makeOnCpu;
    private readonly Lock _gate = new();
    private Dictionary<string, torch.Tensor>? _copies;

    internal DeviceTensorCache(Func<torch.Tensor> makeOnCpu) => _makeOnCpu = makeOnCpu;

    internal torch.Tensor On(torch.Device device)
    {
        string key = device.ToString();
        lock (_gate)
        {
            _copies ??= [];
            if (!_copies.TryGetValue(key, out torch.Tensor? copy))
            {
                using (torch.NewDisposeScope())
                {
                    copy = _makeOnCpu().to(device).DetachFromDisposeScope();
                }
                _copies[key] = copy;
            }
            return copy;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (torch.Tensor t in _copies?.Values ?? Enumerable.Empty<torch.Tensor>())
            {
                t.Dispose();
            }
            _copies?.Clear();
        }
    }
}
