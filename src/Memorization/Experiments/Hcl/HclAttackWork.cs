namespace Memorization.Experiments.Hcl;

/// <summary>
/// What the attacks at one checkpoint had to compute, counted so that a benchmark can turn it into matrix-product flops
/// (<see cref="HclMatrixProducts"/>) and a floor at the machine's sgemm peak. Counting changes no result.
/// </summary>
/// <param name="CoordinateAscentRows">Targets and controls attacked by coordinate ascent (0 when another attack ran).</param>
/// <param name="CoordinateAscentTargetSweeps">Their sweeps, summed over them (<see cref="Attacks.CoordinateAscentAttack.LastSweepCounts"/>).</param>
/// <param name="InformedProbes">Examples the informed attack scored: 2·S per unfixed coordinate of each target.</param>
/// <param name="InformedTime">Wall time of the informed attack (part of the checkpoint's attack time).</param>
public sealed record HclAttackWork(int CoordinateAscentRows, long CoordinateAscentTargetSweeps, long InformedProbes, TimeSpan InformedTime)
{
    /// <summary>No work counted.</summary>
    public static HclAttackWork None { get; } = new(0, 0, 0, TimeSpan.Zero);

    /// <summary>The work of both.</summary>
    public static HclAttackWork operator +(HclAttackWork a, HclAttackWork b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.CoordinateAscentRows + b.CoordinateAscentRows, a.CoordinateAscentTargetSweeps + b.CoordinateAscentTargetSweeps,
            a.InformedProbes + b.InformedProbes, a.InformedTime + b.InformedTime);
    }

    /// <summary>The coordinate-ascent work of the call <paramref name="attack"/> just made on <paramref name="rows"/> rows
    /// (none for other attacks).</summary>
    public static HclAttackWork OfLastCall(Attacks.ILabelModelAttack attack, int rows) =>
        attack is Attacks.CoordinateAscentAttack ascent
            ? new(rows, ascent.LastSweepCounts.Sum(s => (long)s), 0, TimeSpan.Zero)
            : None;
}
