using Memorization.Claims.Validation;
using YamlDotNet.RepresentationModel;

namespace Memorization.Claims.Specs;

/// <summary>A claim that names a shared experiment (<c>experiment: hcl</c>): its tiers are the experiment's.</summary>
public static partial class ClaimFileParser
{
    // The claim's tiers: the experiment's parameters, unchanged (same values, same locations, so a range error is
    // reported once, at the experiment file), with the claim's own gpu: flag. A claim may not add or override a
    // parameter: its run would differ from the other claims' and silently train the shared model a second time.
    private static IReadOnlyList<TierSpec> TiersOfExperiment(
        YamlFieldReader r, YamlNode experimentNode, string name, YamlMappingNode? tiersMap, IReadOnlyList<TierSpec> own,
        IReadOnlyList<ExperimentParseResult> experiments)
    {
        foreach ((YamlNode key, YamlNode value) in tiersMap?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (key is YamlScalarNode { Value: { } tier } && value is YamlMappingNode tierMap &&
                tierMap.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "parameters" }) is { } parameters)
            {
                r.Error(parameters, $"tiers.{tier}.parameters", ClaimErrorCodes.ExperimentParametersOverridden,
                    $"the claim names experiment '{name}', which sets the parameters of every tier; tiers.{tier}.parameters would add to or " +
                    "override them, and a claim run with other parameters trains the shared model a second time.",
                    $"Remove tiers.{tier}.parameters (a tier here may only say gpu: true). To change a parameter for every claim, edit " +
                    $"{ExperimentFileParser.PathOf(name)}; for an instance of this claim's own, remove 'experiment: {name}' and write the whole tiers block.");
            }
        }

        ExperimentParseResult? found = experiments.FirstOrDefault(e => ExperimentFileParser.NameOf(e.File) == name);
        if (found?.Spec is not { } experiment)
        {
            string known = experiments.Count == 0 ? "none" : string.Join(", ", experiments.Select(e => ExperimentFileParser.NameOf(e.File)));
            r.Error(experimentNode, "experiment", ClaimErrorCodes.UnknownExperiment,
                found is null
                    ? $"experiment '{name}' is not defined: there is no {ExperimentFileParser.PathOf(name)}."
                    : $"experiment '{name}' cannot be used: {found.File} has problems (reported at that file).",
                found is null
                    ? $"Name a shared experiment (defined: {known}), or remove 'experiment:' and give the claim its own tiers block."
                    : $"Fix the problems of {found.File} first.");
            return own;
        }

        foreach (TierSpec tier in own.Where(t => experiment.FindTier(t.Tier) is null))
        {
            string tierName = tier.Tier.ToString().ToLowerInvariant();
            r.Error(tier.Location, $"tiers.{tierName}", ClaimErrorCodes.TierWithoutParameters,
                $"tiers.{tierName} sets gpu, but experiment '{name}' defines no {tierName} tier, so the claim has no {tierName} parameters.",
                $"Remove tiers.{tierName}, or define it in {found.File}.");
        }

        return experiment.Tiers.Select(t => t with { RequiresGpu = own.FirstOrDefault(o => o.Tier == t.Tier)?.RequiresGpu ?? false }).ToArray();
    }
}
