namespace Memorization.Claims.Measurements;

/// <summary>
/// How many shared experiments (<see cref="RunCache{T}"/> entries: trained and attacked models) this process has
/// computed, across every cache. <c>repro audit</c> reports it from each of its runs as evidence that the run trained its
/// models itself rather than reading them from memory.
/// </summary>
public static class RunCacheCounter
{
    private static long _computations;

    /// <summary>Computations so far in this process (cache misses; hits do not count).</summary>
    public static long Computations => Interlocked.Read(ref _computations);

    /// <summary>Counts one computation.</summary>
    internal static void Count() => Interlocked.Increment(ref _computations);
}
