using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MathNet.Numerics.Random;

namespace Memorization.Randomness;

/// <summary>
/// Derives every random stream of a run from one root seed and the stream's name, so that adding a
/// stream never shifts another and each stream can be replayed alone.
/// </summary>
/// <remarks>
/// seed(root, name) = the first 8 bytes (little-endian) of SHA-256(root as 8 little-endian bytes ‖ UTF-8 name).
/// Names are paths such as <c>"instance"</c>, <c>"init/mlp"</c>, <c>"attack/mlp/step50"</c>; every one is written once, in <see cref="SeedStreams"/>.
/// </remarks>
public static class SeedDerivation
{
    /// <summary>The seed of stream <paramref name="name"/> under <paramref name="root"/>.</summary>
    public static ulong Derive(ulong root, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[8 + nameBytes.Length];
        BinaryPrimitives.WriteUInt64LittleEndian(input, root);
        nameBytes.CopyTo(input, 8);
        return BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(input));
    }

    /// <summary>A reproducible generator (xoshiro256**) for stream <paramref name="name"/>.</summary>
    public static System.Random Stream(ulong root, string name) => new Xoshiro256StarStar(ToInt32Seed(Derive(root, name)));

    /// <summary>A seed for APIs that take a signed 64-bit seed (TorchSharp's <c>torch.Generator</c>, <c>manual_seed</c>).</summary>
    public static long TorchSeed(ulong root, string name) => (long)(Derive(root, name) & 0x7fff_ffff_ffff_ffffUL);

    // MathNet's xoshiro256** takes an int seed and expands it with SplitMix64; fold the 64 bits into it.
    private static int ToInt32Seed(ulong seed) => unchecked((int)(seed ^ (seed >> 32)));
}
