using Memorization.Claims.Validation;
using Memorization.Configuration;
using YamlDotNet.RepresentationModel;

namespace Memorization.Claims.Specs;

/// <summary>
/// Parses <c>claims/experiments/&lt;name&gt;.yaml</c>, the parameters shared by the claims that name the experiment, with
/// the claim files' rules (plain data only, unknown fields are errors, every problem located) and their error codes.
/// </summary>
public static class ExperimentFileParser
{
    /// <summary>The folder of the experiment files, relative to the repository root.</summary>
    public const string Folder = "claims/experiments";

    internal static readonly string[] TopFields = ["name", "title", "tiers"];

    // gpu: is read only to say where it belongs (REPRO003 with a fix naming the claim file).
    internal static readonly string[] TierFields = ["parameters"];

    /// <summary>Parses the text of an experiment file; <paramref name="file"/> is the path shown in errors.</summary>
    public static ExperimentParseResult Parse(string file, string text)
    {
        var reader = new YamlFieldReader(file, "the experiment");
        YamlMappingNode? root = ClaimFileParser.LoadPlainData(reader, text, "experiment file", TopFields);
        ExperimentSpec? spec = root is null ? null : Read(reader, root);
        return new ExperimentParseResult(file, reader.Errors.Count == 0 ? spec : null, reader.Errors);
    }

    /// <summary>The experiment name a file stands for: its name without <c>.yaml</c>.</summary>
    public static string NameOf(string file) => Path.GetFileNameWithoutExtension(file);

    /// <summary>Where experiment <paramref name="name"/> is defined, relative to the repository root.</summary>
    public static string PathOf(string name) => $"{Folder}/{name}.yaml";

    /// <summary>Whether <paramref name="name"/> is a valid experiment name: <c>^[a-z][a-z0-9-]*$</c>.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-');

    private static ExperimentSpec? Read(YamlFieldReader r, YamlMappingNode map)
    {
        r.CheckKeys(map, "", TopFields);
        YamlNode? nameNode = r.Required(map, "", "name", NameOf(r.File));
        string? name = r.String(nameNode, "name");
        string? title = r.String(r.Required(map, "", "title", "The published HCL experiment"), "title");
        YamlMappingNode? tiersMap = r.Mapping(r.Required(map, "", "tiers", "{ smoke: { parameters: … }, paper: { parameters: … } }"), "tiers");
        RefuseGpu(r, tiersMap);
        IReadOnlyList<TierSpec> tiers = ClaimFileParser.ReadTiers(r, tiersMap, [.. TierFields, "gpu"]);
        if (name is not null && (!IsName(name) || name != NameOf(r.File)))
        {
            r.Error(nameNode!, "name", ClaimErrorCodes.BadId,
                IsName(name)
                    ? $"experiment name '{name}' differs from the file name '{NameOf(r.File)}'."
                    : $"experiment name '{name}' is not ^[a-z][a-z0-9-]*$.",
                $"Name the experiment after its file: name: {NameOf(r.File)} (lower-case letters, digits and '-'), and claims name it so.");
        }

        if (tiersMap is not null)
        {
            CheckTiers(r, map, tiers);
        }

        return name is null || title is null ? null : new ExperimentSpec(name, title, tiers, r.At(map));
    }

    // Whether a tier is too slow for a CPU depends on the claim (ACC-LR trains only the logistic regression of the
    // HCL experiment, ACC-MLP the MLP), so gpu: stays in the claim files.
    private static void RefuseGpu(YamlFieldReader r, YamlMappingNode? tiersMap)
    {
        foreach ((YamlNode key, YamlNode value) in tiersMap?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (key is YamlScalarNode { Value: { } tier } && value is YamlMappingNode tierMap &&
                tierMap.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "gpu" }) is { } gpu)
            {
                r.Error(gpu, $"tiers.{tier}.gpu", ClaimErrorCodes.UnknownField,
                    $"an experiment's tier has no gpu field: whether tiers.{tier} is too slow for a CPU depends on what each claim trains.",
                    $"Remove it here and write tiers: {{ {tier}: {{ gpu: true }} }} in the claim files that need a GPU.");
            }
        }
    }

    // The claims' rule (TierValidator): smoke and paper, or only tiny; every tier with parameters.
    private static void CheckTiers(YamlFieldReader r, YamlMappingNode map, IReadOnlyList<TierSpec> tiers)
    {
        bool tinyOnly = tiers.Count == 1 && tiers[0].Tier == Tier.Tiny;
        foreach (Tier tier in new[] { Tier.Smoke, Tier.Paper }.Where(t => !tinyOnly && tiers.All(s => s.Tier != t)))
        {
            string name = tier.ToString().ToLowerInvariant();
            r.Error(r.At(map), $"tiers.{name}", ClaimErrorCodes.TierWithoutParameters, $"the experiment does not define the {name} tier.",
                $"Add tiers.{name}.parameters (smoke: scaled down for 2 CPU cores; paper: the published parameters).");
        }

        foreach (TierSpec tier in tiers.Where(t => t.Parameters.Count == 0))
        {
            string name = tier.Tier.ToString().ToLowerInvariant();
            r.Error(tier.Location, $"tiers.{name}.parameters", ClaimErrorCodes.TierWithoutParameters, $"tier {name} of the experiment has no parameters.",
                $"Give tiers.{name}.parameters the values its claims read (e.g. n: 500), or remove the tier.");
        }
    }
}
