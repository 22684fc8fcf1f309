using System.Text.Json;
using System.Text.Json.Serialization;

namespace Memorization.Cli.Json;

/// <summary>
/// The JSON of <c>repro bench hcl --json</c>: snake_case names, as the PyTorch script's
/// (<c>benchmarks/pytorch/published_structure.py</c>) so the two files compare field by field; labels with their
/// mathematical characters unescaped (<c>X·W₁ᵀ</c>); a non-finite rate as "NaN"/"Infinity" rather than no file.
/// </summary>
public static class BenchJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary><paramref name="summary"/> as one indented JSON object.</summary>
    public static string Serialize<T>(T summary) => JsonSerializer.Serialize(summary, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
