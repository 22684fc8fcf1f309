namespace Memorization.Information.PlantedForArchitectureTests;

/// <summary>A deliberate violation for <see cref="Memorization.Tests.Architecture.ArchitectureTests.APlantedViolationIsFound"/>: Information using a learner.</summary>
internal static class UsesALearner
{
    /// <summary>The forbidden use.</summary>
    internal static Type Learner => typeof(Memorization.Learners.Bayes.HclBayesOptimal);
}
