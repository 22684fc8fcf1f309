using Memorization.Claims;

namespace Memorization.Tests.Claims;

/// <summary>A throw-away repository (solution marker, claims/, claims/experiments/, baselines/) under the temp folder, deleted on dispose.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "repro-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "claims"));
        File.WriteAllText(Path.Combine(Root, ReproRepository.SolutionFile), "");
        Repository = new ReproRepository(Root);
    }

    public string Root { get; }

    public ReproRepository Repository { get; }

    public TempRepository WithClaim(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(Root, "claims", fileName), yaml);
        return this;
    }

    public TempRepository WithExperiment(string name, string yaml)
    {
        Directory.CreateDirectory(Repository.ExperimentsDirectory);
        File.WriteAllText(Path.Combine(Repository.ExperimentsDirectory, name + ".yaml"), yaml);
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
