using Memorization.Tasks;
using Memorization.Information;

namespace Memorization.Experiments.Exact;

/// <summary>
/// A deterministic NSP reconstruction attack that reads only a prediction table (predicted bit for every z ∈ {0,1}^d and
/// T, row-major [2^d, d] in <see cref="BinaryDomain"/> order), P and the target's subpopulation.
/// </summary>
public delegate byte[] NspTableAttack(byte[] table, NspInstance instance, int subpopulation);
