using System.Text.Json;
using System.Text.Json.Serialization;

namespace Memorization.Cli.Json;

/// <summary>
/// <c>--json</c>: one indented JSON document on standard output, camelCase names and enum values (the conventions of
/// the result files), non-finite numbers as the strings "NaN"/"Infinity" so that a measurement that produced one still
/// gives valid JSON. Human-readable lines go to standard error meanwhile.
/// </summary>
public static class CliJson
{
    /// <summary>The serializer options of every <c>--json</c> document.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, followed by a newline.</summary>
    public static void Write<T>(TextWriter output, T document)
    {
        output.WriteLine(JsonSerializer.Serialize(document, Options));
        output.Flush();
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
