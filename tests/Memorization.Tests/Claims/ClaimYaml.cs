using System.Globalization;
namespace Memorization.Tests.Claims;

/// <summary>Claim files for tests: a valid one for the fake measurement, edited per test.</summary>
internal static class ClaimYaml
{
    /// <summary>A valid claim measured by <see cref="FakeMeasurement"/> (metrics accuracy, chance).</summary>
    public static string Valid(string id = "FAKE", double threshold = 0.6, string comparator = ">=", double confidence = 0.999, string extraTier = "") => string.Create(CultureInfo.InvariantCulture, $"""
        id: {id}
        title: A fake claim for tests
        statement: The fake learner is accurate.
        source: tests
        task: hcl
        seed: 7
        confidence: [{confidence}]
        tiers:
          smoke:
            parameters:
              n: 10
              rho: 0.25
          paper:
            gpu: true
            parameters:
              n: 500
        {extraTier}
        metrics:
          - name: accuracy
            description: fraction correct
            unit: fraction
            tolerance:
              absolute: 0.01
          - name: chance
            description: accuracy of guessing
            unit: fraction
        assertions:
          - metric: accuracy
            comparator: "{comparator}"
            threshold: {threshold}
            confidence: {confidence}
        """);
}
