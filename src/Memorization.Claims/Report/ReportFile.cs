namespace Memorization.Claims.Report;

/// <summary>One file of the report: its path relative to the report folder and its bytes.</summary>
public sealed record ReportFile(string RelativePath, byte[] Content);
