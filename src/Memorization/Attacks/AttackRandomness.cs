using Memorization.Randomness;
using static TorchSharp.torch;

namespace Memorization.Attacks;

// Every attack draws target k's randomness from its own CPU generator seeded by
// SeedDerivation.TorchSeed(root, SeedStreams.AttackTarget(name, k)): results do not depend on chunking or on the device,
// and random draws are moved to the device afterwards.
internal static class AttackRandomness
{
    public static Generator ForTarget(ulong rootSeed, string attack, int target) =>
        new(unchecked((ulong)SeedDerivation.TorchSeed(rootSeed, SeedStreams.AttackTarget(attack, target))));

    /// <summary>A uniform ±1 float32 tensor of <paramref name="shape"/> on the CPU.</summary>
    public static Tensor Signs(long[] shape, Generator generator)
    {
        using Tensor bits = randint(0, 2, shape, dtype: ScalarType.Float32, generator: generator);
        return bits.mul(2.0).sub_(1.0);
    }

    /// <summary>Target k's uniform ±1 draw of <paramref name="shape"/> from a fresh generator (disposed here).</summary>
    public static Tensor SignsForTarget(ulong rootSeed, string attack, int target, long[] shape)
    {
        using Generator generator = ForTarget(rootSeed, attack, target);
        return Signs(shape, generator);
    }
}
