namespace Memorization.Claims;

/// <summary>A claim id given on the command line or in a filter names no claim file; the message lists the valid ids.</summary>
public sealed class UnknownClaimException(string message) : Exception(message);
