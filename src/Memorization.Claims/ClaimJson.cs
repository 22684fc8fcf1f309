using System.Text.Json;
using System.Text.Json.Serialization;

namespace Memorization.Claims;

/// <summary>
/// The JSON conventions of baselines, results and the report: camelCase names, enums as camelCase
/// strings, unknown members refused, required constructor parameters enforced. Doubles round-trip exactly.
/// </summary>
public static class ClaimJson
{
    /// <summary>Indented, for files people read and diff.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(true);

    /// <summary>Compact, for hashing (the canonical content).</summary>
    public static JsonSerializerOptions Canonical { get; } = Create(false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            NumberHandling = JsonNumberHandling.Strict,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
