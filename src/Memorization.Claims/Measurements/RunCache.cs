namespace Memorization.Claims.Measurements;

/// <summary>
/// Runs an expensive, deterministic computation once per key and process, and shares its result: several claims read
/// the same experiment (e.g. the HCL and NSP experiment claims), which is trained and attacked only once. Thread-safe:
/// concurrent requests for one key wait for the single run. Entries live until <see cref="Clear"/>: a seed sweep
/// clears between seeds, so memory holds one seed's experiments at a time.
/// </summary>
/// <typeparam name="T">The shared result.</typeparam>
public sealed class RunCache<T>
{
    private readonly Dictionary<string, Lazy<T>> _runs = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>The result for <paramref name="key"/>, computed by <paramref name="run"/> the first time it is asked for.</summary>
    /// <param name="key">Equal exactly when two requests would compute the same result (setup, seed, device).</param>
    /// <param name="run">The computation; must be deterministic given the key.</param>
    public T Get(string key, Func<T> run)
    {
        Lazy<T> entry;
        lock (_gate)
        {
            if (!_runs.TryGetValue(key, out entry!))
            {
                entry = new Lazy<T>(
                    () =>
                    {
                        RunCacheCounter.Count();
                        return run();
                    },
                    LazyThreadSafetyMode.ExecutionAndPublication);
                _runs[key] = entry;
            }
        }

        return entry.Value;
    }

    /// <summary>How many results are held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _runs.Count;
            }
        }
    }

    /// <summary>
    /// Forgets every result, so the next request for a key computes it again. Callers that still hold a result keep
    /// it; a computation under way finishes for those already waiting on it.
    /// </summary>
    public void Clear()
    {
        lock (_gate)
        {
            _runs.Clear();
        }
    }
}
