using Memorization.Claims.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Memorization.Claims.Specs;

/// <summary>The list items of a claim file: metrics and assertions.</summary>
public static partial class ClaimFileParser
{
    private static MetricSpec? ReadMetric(YamlFieldReader r, YamlMappingNode map, string path)
    {
        r.CheckKeys(map, path, MetricFields);
        string? name = r.String(r.Required(map, path, "name", "singleton_fraction"), $"{path}.name");
        string? description = r.String(r.Required(map, path, "description", "what the number is"), $"{path}.description");
        string? unit = r.String(r.Required(map, path, "unit", "fraction"), $"{path}.unit");
        Tolerance? tolerance = null;
        if (r.Mapping(r.Get(map, "tolerance"), $"{path}.tolerance") is { } t)
        {
            r.CheckKeys(t, $"{path}.tolerance", ToleranceFields);
            tolerance = ReadToleranceParts(r, t, $"{path}.tolerance");
            if (r.Mapping(r.Get(t, "cross_device"), $"{path}.tolerance.cross_device") is { } c)
            {
                r.CheckKeys(c, $"{path}.tolerance.cross_device", CrossDeviceToleranceFields);
                Tolerance across = ReadToleranceParts(r, c, $"{path}.tolerance.cross_device");
                if ((across.Absolute is not null || across.Relative is not null) && !across.AllowsAtLeast(tolerance))
                {
                    r.Error(c, $"{path}.tolerance.cross_device", ClaimErrorCodes.OutOfRange,
                        $"the cross-device tolerance {across} is tighter than the same-device tolerance {tolerance}.",
                        "Another device changes a run at least as much as a rerun on the same one: give cross_device absolute/relative parts at least as large as the tolerance's, or drop cross_device (the tolerance then applies across devices too).");
                }

                tolerance = tolerance with { CrossDevice = across };
            }
        }

        return name is null || description is null || unit is null ? null : new MetricSpec(name, description, unit, tolerance, r.At(map));
    }

    // absolute and/or relative, each ≥ 0: the parts of a tolerance and of its cross_device block.
    private static Tolerance ReadToleranceParts(YamlFieldReader r, YamlMappingNode t, string path)
    {
        YamlNode? absNode = r.Get(t, "absolute");
        YamlNode? relNode = r.Get(t, "relative");
        double? abs = r.Number(absNode, $"{path}.absolute");
        double? rel = r.Number(relNode, $"{path}.relative");
        if (absNode is null && relNode is null)
        {
            r.Error(t, path, ClaimErrorCodes.MissingField, $"{path} gives neither absolute nor relative.", "Add absolute: 0.01 and/or relative: 0.05.");
        }

        foreach ((double? v, YamlNode? n, string f) in new[] { (abs, absNode, "absolute"), (rel, relNode, "relative") })
        {
            if (v < 0.0)
            {
                r.Error(n!, $"{path}.{f}", ClaimErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"tolerance {f} = {v} is negative."), "Tolerances are distances: write a number ≥ 0.");
            }
        }

        return new Tolerance(abs, rel);
    }

    private static AssertionSpec? ReadAssertion(YamlFieldReader r, YamlMappingNode map, string path)
    {
        r.CheckKeys(map, path, AssertionFields);
        string? metric = r.String(r.Required(map, path, "metric", "singleton_fraction"), $"{path}.metric");
        YamlNode? comparatorNode = r.Required(map, path, "comparator", "\">=\"");
        string? comparatorText = r.String(comparatorNode, $"{path}.comparator");
        Comparator comparator = Comparator.Greater;
        if (comparatorText is not null && !ComparatorText.TryParse(comparatorText, out comparator))
        {
            r.Error(comparatorNode!, $"{path}.comparator", ClaimErrorCodes.WrongType, $"comparator '{comparatorText}' is not a comparator.",
                $"Valid values: {string.Join(", ", ComparatorText.Valid)} (quote them: \">=\").");
            comparatorText = null;
        }

        YamlNode? thresholdNode = r.Required(map, path, "threshold", "0.5 (a number) or the name of another metric");
        double? thresholdValue = null;
        string? thresholdMetric = null;
        if (thresholdNode is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } t } && IsMetricName(t))
        {
            thresholdMetric = t;
        }
        else if (thresholdNode is not null)
        {
            thresholdValue = r.Number(thresholdNode, $"{path}.threshold");
        }

        double? confidence = r.Number(r.Required(map, path, "confidence", "0.999"), $"{path}.confidence");
        if (confidence is { } c)
        {
            CheckConfidence(r, r.Get(map, "confidence")!, $"{path}.confidence", c);
        }

        return metric is null || comparatorText is null || confidence is null || (thresholdValue is null && thresholdMetric is null)
            ? null
            : new AssertionSpec(metric, comparator, thresholdValue, thresholdMetric, confidence.Value, r.At(map));
    }
}
