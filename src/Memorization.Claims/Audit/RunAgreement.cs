namespace Memorization.Claims.Audit;

/// <summary>How two runs of one claim agree (<see cref="RunComparison"/>).</summary>
public enum RunAgreement
{
    /// <summary>Same verdict, same digest, every metric and curve point equal bit for bit.</summary>
    Identical,

    /// <summary>Same verdict; every metric that declares a baseline tolerance within it of the reference, some not bit for bit.</summary>
    WithinTolerance,

    /// <summary>Another verdict, a metric outside its tolerance, or (where bits are expected) any difference.</summary>
    Different,
}
