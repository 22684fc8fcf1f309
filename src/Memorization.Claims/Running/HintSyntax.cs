namespace Memorization.Claims.Running;

/// <summary>
/// How a message names the suite's options: the same setting is <c>--device cuda</c> for someone running <c>repro</c>
/// and <c>-p:ReproDevice=cuda</c> for someone running <c>dotnet test</c>, and a hint in the wrong syntax does not work.
/// </summary>
public enum HintSyntax
{
    /// <summary>MSBuild properties and REPRO_* variables (<c>dotnet test</c>).</summary>
    MSBuild,

    /// <summary>Options of the <c>repro</c> command line.</summary>
    Cli,
}
