namespace Memorization.Claims.Measurements;

/// <summary>A measurement asked a tier for a parameter that is missing or has the wrong type; the message says where and how to fix it.</summary>
public sealed class ClaimParameterException(string message) : Exception(message);
