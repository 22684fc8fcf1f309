using Xunit.Sdk;

namespace Memorization.Claims.Tests.Infrastructure;

/// <summary>
/// Marks the claim test method: <see cref="ClaimTestDiscoverer"/> turns it into one test case per claim file,
/// with traits <c>Claim</c>, <c>Task</c>, <c>Tier</c> and <c>Device</c> (so <c>dotnet test --filter Claim=SING</c> works).
/// </summary>
[XunitTestCaseDiscoverer("Memorization.Claims.Tests.Infrastructure.ClaimTestDiscoverer", "Memorization.Claims.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ClaimFactAttribute : FactAttribute;
