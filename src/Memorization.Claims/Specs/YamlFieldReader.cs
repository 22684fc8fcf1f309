using System.Globalization;
using Memorization.Claims.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Memorization.Claims.Specs;

/// <summary>
/// Reads typed fields out of YAML representation nodes, collecting <see cref="ClaimError"/>s instead of
/// throwing: every problem of a file is reported in one pass.
/// </summary>
/// <param name="file">The path shown in errors.</param>
/// <param name="subject">What the top-level mapping is, in messages ("the claim", "the experiment").</param>
internal sealed class YamlFieldReader(string file, string subject = "the claim")
{
    private readonly List<ClaimError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ClaimError> Errors => _errors;

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) => new(File, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public void Error(YamlNode node, string field, string code, string message, string fix) =>
        _errors.Add(ClaimError.At(At(node), field, code, message, fix));

    public void Error(SourceLocation location, string field, string code, string message, string fix) =>
        _errors.Add(ClaimError.At(location, field, code, message, fix));

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/> (REPRO003) and non-scalar keys.</summary>
    public void CheckKeys(YamlMappingNode map, string path, IReadOnlyCollection<string> known)
    {
        foreach (YamlNode key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                Error(key, path, ClaimErrorCodes.WrongType, $"{Describe(path)} has a key that is not a plain name.", "Use plain names as keys.");
                continue;
            }

            if (!known.Contains(name))
            {
                Error(key, Join(path, name), ClaimErrorCodes.UnknownField,
                    $"unknown field '{name}' in {Describe(path)}.", $"Valid fields: {string.Join(", ", known)}.");
            }
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? node : null;

    public YamlNode? Required(YamlMappingNode map, string path, string key, string example)
    {
        YamlNode? node = Get(map, key);
        if (node is null)
        {
            Error(At(map), Join(path, key), ClaimErrorCodes.MissingField,
                $"{Describe(path)} is missing the required field '{key}'.", $"Add it, e.g. {key}: {example}");
        }

        return node;
    }

    public string? String(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Error(node, path, ClaimErrorCodes.WrongType, $"{path} must be a non-empty text.", $"Write {path}: followed by the text.");
        return null;
    }

    public double? Number(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text } &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            if (double.IsFinite(value))
            {
                return value;
            }

            Error(node, path, ClaimErrorCodes.OutOfRange, $"{path} must be a finite number, not '{text}'.", "Write a finite decimal number.");
            return null;
        }

        Error(node, path, ClaimErrorCodes.WrongType, $"{path} must be a number, not {Show(node)}.",
            "Write an unquoted decimal number, e.g. 0.05.");
        return null;
    }

    public ulong? UnsignedInteger(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text } &&
            ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
        {
            return value;
        }

        Error(node, path, ClaimErrorCodes.WrongType, $"{path} must be a non-negative integer, not {Show(node)}.",
            "Write an unquoted whole number, e.g. 123.");
        return null;
    }

    public bool? Boolean(YamlNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        Error(node, path, ClaimErrorCodes.WrongType, $"{path} must be true or false, not {Show(node)}.", $"Write {path}: true or {path}: false.");
        return null;
    }

    public YamlMappingNode? Mapping(YamlNode? node, string path)
    {
        if (node is null or YamlMappingNode)
        {
            return node as YamlMappingNode;
        }

        Error(node, path, ClaimErrorCodes.WrongType, $"{path} must be a mapping (key: value lines), not {Show(node)}.", "Indent key: value pairs under it.");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string path)
    {
        if (node is null or YamlSequenceNode)
        {
            return node as YamlSequenceNode;
        }

        Error(node, path, ClaimErrorCodes.WrongType, $"{path} must be a list (lines starting with '- '), not {Show(node)}.", "Write each item on a line starting with '- '.");
        return null;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private string Describe(string path) => path.Length == 0 ? subject : path;

    private static string Show(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } s => $"the quoted text \"{s.Value}\"",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "this value",
    };
}
