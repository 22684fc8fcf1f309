using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Experiments.Exact;

/// <summary>
/// A deterministic HCL reconstruction attack that reads only a prediction table (labels of every x ∈ {±1}^d in
/// <see cref="BinaryDomain"/> order), the instance P and the target's label: returns a guess of the target example.
/// </summary>
public delegate sbyte[] HclTableAttack(int[] table, HclInstance instance, int label);
