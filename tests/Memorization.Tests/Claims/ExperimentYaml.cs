namespace Memorization.Tests.Claims;

/// <summary>A valid shared experiment file for tests (claims/experiments/demo.yaml), edited per test.</summary>
internal static class ExperimentYaml
{
    /// <summary>Lines: 1 name, 2 title, 3 tiers, 4 smoke, 5 parameters, 6 n, 7 rho, 8 paper, 9 parameters, 10 n.</summary>
    public const string Demo = """
        name: demo
        title: A shared experiment for tests
        tiers:
          smoke:
            parameters:
              n: 10
              rho: 0.25
          paper:
            parameters:
              n: 500
        """;
}
