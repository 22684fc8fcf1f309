using System.Globalization;
using Memorization.Claims.Validation;
using Memorization.Configuration;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Memorization.Claims.Specs;

/// <summary>
/// Parses <c>claims/&lt;ID&gt;.yaml</c> strictly as data, through YamlDotNet's representation model (no
/// object deserializer, so a file cannot name a .NET type): tags, anchors and aliases are rejected
/// (REPRO008), unknown fields are errors (REPRO003), nesting deeper than <see cref="ClaimFileLimits.MaxNestingDepth"/> stops
/// the parse (REPRO019), and every problem carries its file, line and column.
/// </summary>
public static partial class ClaimFileParser
{
    internal static readonly string[] TopFields =
        ["id", "title", "statement", "source", "task", "seed", "confidence", "experiment", "tiers", "metrics", "assertions"];

    internal static readonly string[] TierFields = ["parameters", "gpu"];
    internal static readonly string[] MetricFields = ["name", "description", "unit", "tolerance"];
    internal static readonly string[] ToleranceFields = ["absolute", "relative", "cross_device"];
    internal static readonly string[] CrossDeviceToleranceFields = ["absolute", "relative"];
    internal static readonly string[] AssertionFields = ["metric", "comparator", "threshold", "confidence"];

    /// <summary>Parses the text of a claim file; <paramref name="file"/> is the path shown in errors.</summary>
    /// <param name="file">The path shown in errors.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="experiments">The shared experiment files (<c>claims/experiments/*.yaml</c>) a claim may name; none when null.</param>
    public static ClaimParseResult Parse(string file, string text, IReadOnlyList<ExperimentParseResult>? experiments = null)
    {
        var reader = new YamlFieldReader(file);
        YamlMappingNode? root = LoadPlainData(reader, text, "claim file", TopFields);
        ClaimSpec? spec = root is null ? null : ReadClaim(reader, root, experiments ?? []);
        return new ClaimParseResult(file, reader.Errors.Count == 0 ? spec : null, reader.Errors);
    }

    // Refuses anything beyond plain data before building the model: a tag could ask a deserializer for a
    // type, and anchors/aliases make one node appear in several places (and "billion laughs" expansions).
    internal static YamlMappingNode? LoadPlainData(YamlFieldReader reader, string text, string kind, IReadOnlyList<string> fields)
    {
        Mark last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            int documents = 0;
            int depth = 0;
            bool forbidden = false;
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart when ++depth > ClaimFileLimits.MaxNestingDepth:
                        // Stop here: deeper input made YamlDotNet's scanner quadratic and its node builder recurse
                        // until the stack overflowed (200,000 nested '[' crashed the build).
                        reader.Error(reader.At(parser.Current.Start), "", ClaimErrorCodes.NestedTooDeep,
                            $"mappings and lists are nested more than {ClaimFileLimits.MaxNestingDepth} levels deep here; a {kind} needs at most 5.",
                            $"Close the open '[' or '{{' brackets, or undo the extra indentation: {kind}s are flat data (claims/README.md).");
                        return null;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                    case DocumentStart { IsImplicit: var _ }:
                        documents++;
                        break;
                    case AnchorAlias alias:
                        reader.Error(reader.At(alias.Start), "", ClaimErrorCodes.ForbiddenYamlFeature,
                            $"YAML alias '*{alias.Value}' is not allowed: {kind}s are plain data.", "Write the value out in full.");
                        forbidden = true;
                        break;
                    case NodeEvent node when !node.Tag.IsEmpty:
                        reader.Error(reader.At(node.Start), "", ClaimErrorCodes.ForbiddenYamlFeature,
                            $"YAML tag '{node.Tag}' is not allowed: {kind}s are plain data and never instantiate types.",
                            "Remove the tag and write a plain value.");
                        forbidden = true;
                        break;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        reader.Error(reader.At(node.Start), "", ClaimErrorCodes.ForbiddenYamlFeature,
                            $"YAML anchor '&{node.Anchor}' is not allowed: {kind}s are plain data.", "Remove the anchor and write values out in full.");
                        forbidden = true;
                        break;
                }
            }

            if (forbidden)
            {
                return null;
            }

            if (documents != 1)
            {
                reader.Error(SourceLocation.StartOf(reader.File), "", ClaimErrorCodes.MalformedYaml,
                    documents == 0 ? $"the {kind} is empty." : $"the {kind} holds {documents} YAML documents; it must hold one.",
                    "Write one mapping with the fields of claims/README.md.");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }

            reader.Error(stream.Documents[0].RootNode, "", ClaimErrorCodes.MalformedYaml,
                $"the {kind} must be a mapping of fields ({fields[0]}:, {fields[1]}:, …) at the top level.", "See claims/README.md for the fields.");
            return null;
        }
        catch (YamlException ex)
        {
            string message = (ex.InnerException?.Message ?? ex.Message).ReplaceLineEndings(" ");
            reader.Error(reader.At(ex.Start), "", ClaimErrorCodes.MalformedYaml, $"malformed YAML: {message}",
                "Check indentation, colons and quotes near this position.");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's parser throws this (without a position) on some unterminated flow collections.
            reader.Error(reader.At(last), "", ClaimErrorCodes.MalformedYaml, $"malformed YAML after this position: {ex.Message}",
                "Check for an unclosed '[' or '{' and for indentation near this position.");
            return null;
        }
    }

    private static ClaimSpec? ReadClaim(YamlFieldReader r, YamlMappingNode map, IReadOnlyList<ExperimentParseResult> experiments)
    {
        r.CheckKeys(map, "", TopFields);
        string? id = r.String(r.Required(map, "", "id", "SING"), "id");
        string? title = r.String(r.Required(map, "", "title", "Singletons are a constant fraction"), "title");
        string? statement = r.String(r.Required(map, "", "statement", "the paper's claim in words"), "statement");
        string? source = r.String(r.Required(map, "", "source", "Brown et al. 2021 (arXiv 2012.06421), singletons; docs/claims.md#sing"), "source");
        ClaimTask? task = ReadTask(r, r.Required(map, "", "task", "hcl"));
        ulong? seed = r.UnsignedInteger(r.Required(map, "", "seed", "123"), "seed");
        IReadOnlyList<double> confidence = ReadConfidenceLevels(r, r.Required(map, "", "confidence", "0.999"));
        YamlNode? experimentNode = r.Get(map, "experiment");
        string? experiment = r.String(experimentNode, "experiment");
        // A claim that names a shared experiment takes its tiers' parameters from it; tiers: may then only say gpu.
        YamlMappingNode? tiersMap = r.Mapping(experimentNode is null ? r.Required(map, "", "tiers", "{ smoke: …, paper: … } (or name a shared experiment: experiment: hcl)") : r.Get(map, "tiers"), "tiers");
        IReadOnlyList<TierSpec> tiers = ReadTiers(r, tiersMap, TierFields);
        if (experiment is not null)
        {
            tiers = TiersOfExperiment(r, experimentNode!, experiment, tiersMap, tiers, experiments);
        }

        IReadOnlyList<MetricSpec> metrics = ReadList(r, map, "metrics", ReadMetric);
        IReadOnlyList<AssertionSpec> assertions = ReadList(r, map, "assertions", ReadAssertion);

        if (id is null || title is null || statement is null || source is null || task is null || seed is null)
        {
            return null;
        }

        return new ClaimSpec(id, title, statement, source, task.Value, seed.Value, confidence, tiers, metrics, assertions, r.At(map)) { Experiment = experiment };
    }

    private static ClaimTask? ReadTask(YamlFieldReader r, YamlNode? node)
    {
        string? text = r.String(node, "task");
        if (text is null)
        {
            return null;
        }

        if (OptionParser.TryParse(text, "task", out ClaimTask task, out _) && text == text.ToLowerInvariant())
        {
            return task;
        }

        r.Error(node!, "task", ClaimErrorCodes.WrongType, $"task '{text}' is not a task.", "Valid values: hcl, nsp, both.");
        return null;
    }

    private static IReadOnlyList<double> ReadConfidenceLevels(YamlFieldReader r, YamlNode? node)
    {
        List<(double, YamlNode)> levels = [];
        if (node is YamlSequenceNode list)
        {
            int i = 0;
            foreach (YamlNode item in list)
            {
                if (r.Number(item, $"confidence[{i++}]") is { } value)
                {
                    levels.Add((value, item));
                }
            }

            if (list.Children.Count == 0)
            {
                r.Error(list, "confidence", ClaimErrorCodes.MissingField, "confidence lists no level.", "Give at least one level, e.g. confidence: [0.999].");
            }
        }
        else if (r.Number(node, "confidence") is { } single)
        {
            levels.Add((single, node!));
        }

        foreach ((double value, YamlNode at) in levels)
        {
            CheckConfidence(r, at, "confidence", value);
        }

        return levels.Select(l => l.Item1).ToArray();
    }

    private static void CheckConfidence(YamlFieldReader r, YamlNode node, string path, double value)
    {
        if (value is <= 0.0 or >= 1.0)
        {
            r.Error(node, path, ClaimErrorCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{path} = {value} is not a confidence level; it must lie strictly between 0 and 1."),
                "Write e.g. 0.999 (a 0.1% chance of a false alarm).");
        }
    }

    /// <summary>The tiers of <paramref name="map"/> (<c>tiers:</c>), whose entries may hold <paramref name="fields"/>.</summary>
    internal static IReadOnlyList<TierSpec> ReadTiers(YamlFieldReader r, YamlMappingNode? map, IReadOnlyCollection<string> fields)
    {
        List<TierSpec> tiers = [];
        if (map is null)
        {
            return tiers;
        }

        string[] names = OptionParser.ValidSpellings<Tier>().ToArray();
        r.CheckKeys(map, "tiers", names);
        foreach ((YamlNode key, YamlNode value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || !names.Contains(name))
            {
                continue;
            }

            string path = $"tiers.{name}";
            YamlMappingNode? tier = r.Mapping(value, path);
            if (tier is null)
            {
                continue;
            }

            r.CheckKeys(tier, path, fields);
            bool gpu = r.Boolean(r.Get(tier, "gpu"), $"{path}.gpu") ?? false;
            YamlMappingNode? parameters = r.Mapping(r.Get(tier, "parameters"), $"{path}.parameters");
            List<ClaimParameter> values = [];
            foreach ((YamlNode pKey, YamlNode pValue) in parameters?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                string pName = (pKey as YamlScalarNode)?.Value ?? "";
                if (pValue is YamlScalarNode { Value: { } text })
                {
                    values.Add(new ClaimParameter(pName, text, r.At(pValue)));
                }
                else
                {
                    r.Error(pValue, $"{path}.parameters.{pName}", ClaimErrorCodes.WrongType,
                        $"parameter '{pName}' must be a single value (number, text or true/false).", "Write one value after the colon.");
                }
            }

            tiers.Add(new TierSpec(OptionParser.Parse<Tier>(name, "tier"), gpu, values, r.At(tier)));
        }

        return tiers;
    }

    private static IReadOnlyList<T> ReadList<T>(YamlFieldReader r, YamlMappingNode map, string field, Func<YamlFieldReader, YamlMappingNode, string, T?> read)
        where T : class
    {
        List<T> items = [];
        YamlSequenceNode? list = r.Sequence(r.Required(map, "", field, "a list of items, one per line starting with '- '"), field);
        int i = 0;
        foreach (YamlNode node in list?.Children ?? [])
        {
            string path = $"{field}[{i++}]";
            if (r.Mapping(node, path) is { } item && read(r, item, path) is { } value)
            {
                items.Add(value);
            }
        }

        if (list is { Children.Count: 0 })
        {
            r.Error(list, field, ClaimErrorCodes.MissingField, $"{field} is empty.", $"List at least one item: a claim test without {field} could not fail.");
        }

        return items;
    }

    // A metric name is snake_case starting with a letter: never a number, so the two readings cannot clash.
    private static bool IsMetricName(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && text.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_');
}
