namespace Memorization.Claims.Validation;

/// <summary>The type a known tier parameter must have (<see cref="ParameterRange"/>).</summary>
public enum ParameterKind
{
    /// <summary>A whole number (read with <c>GetInt</c>).</summary>
    Whole,

    /// <summary>A finite real number (read with <c>GetDouble</c>).</summary>
    Real,
}
