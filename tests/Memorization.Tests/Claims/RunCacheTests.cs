using Memorization.Claims.Measurements;

namespace Memorization.Tests.Claims;

public class RunCacheTests
{
    [Fact]
    public void EachKeyRunsOnceEvenWhenAskedConcurrently()
    {
        var cache = new RunCache<int>();
        int runs = 0;
        int[] results = Enumerable.Range(0, 16).AsParallel().Select(i => cache.Get(i % 2 == 0 ? "a" : "b", () =>
        {
            Interlocked.Increment(ref runs);
            Thread.Sleep(20);
            return i % 2;
        })).ToArray();
        Assert.Equal(2, runs);
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(0, r));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Equal(1, r));
    }

    [Fact]
    public void ClearForgetsEveryResultSoTheNextRequestRunsAgain()
    {
        var cache = new RunCache<int>();
        int runs = 0;
        Assert.Equal(1, cache.Get("seed 1", () => ++runs));
        Assert.Equal(1, cache.Get("seed 1", () => ++runs));
        Assert.Equal(1, cache.Count);

        cache.Clear();

        Assert.Equal(0, cache.Count);
        Assert.Equal(2, cache.Get("seed 1", () => ++runs));
    }

    [Fact]
    public void TheCounterCountsEveryComputationAlsoAfterClear()
    {
        var cache = new RunCache<int>();
        long before = RunCacheCounter.Computations;
        cache.Get("k", () => 1);
        cache.Get("k", () => 1);
        Assert.True(RunCacheCounter.Computations - before >= 1);
        long afterHit = RunCacheCounter.Computations;
        cache.Clear();
        cache.Get("k", () => 1);
        Assert.True(RunCacheCounter.Computations > afterHit, "after Clear the key is computed again, and counted");
    }
}
