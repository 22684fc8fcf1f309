namespace Memorization.Claims.Report;

/// <summary>
/// <c>artifacts/results/</c> holds no claim result, so there is no report to write (an empty report would read as a
/// suite that passed). Nothing was written; the message says how to produce results.
/// </summary>
public sealed class NothingToReportException(string message) : Exception(message);
