namespace Memorization.Claims.Measurements.Hcl;

/// <summary>Wall time and process CPU time (all threads) of one stage of the HCL experiment.</summary>
/// <param name="Stage">What ran, e.g. <c>mlp training</c>.</param>
/// <param name="WallS">Wall time, seconds.</param>
/// <param name="CpuS">Process CPU time over the same span, seconds: on a shared machine wall time also measures the
/// neighbours, CPU time ÷ threads approximates the wall time on an idle one.</param>
public sealed record HclStageTime(string Stage, double WallS, double CpuS);
