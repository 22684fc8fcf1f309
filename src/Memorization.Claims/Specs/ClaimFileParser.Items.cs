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
            YamlNode? absNode = r.Get(t, "absolute");
            YamlNode? relNode = r.Get(t, "relative");
            double? abs = r.Number(absNode, $"{path}.tolerance.absolute");
            double? rel = r.Number(relNode, $"{path}.tolerance.relative");
            if (absNode is null && relNode is null)
            {
                r.Error(t, $"{path}.tolerance", ClaimErrorCodes.MissingField, "tolerance gives neither absolute nor relative.", "Add absolute: 0.01 and/or relative: 0.05.");
            }

            foreach ((double? v, YamlNode? n, string f) in new[] { (abs, absNode, "absolute"), (rel, relNode, "relative") })
            {
                if (v < 0.0)
                {
                    r.Error(n!, $"{path}.tolerance.{f}", ClaimErrorCodes.OutOfRange, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"tolerance {f} = {v} is negative."), "Tolerances are distances: write a number ≥ 0.");
                }
            }

            tolerance = new Tolerance(abs, rel);
        }

        return name is null || description is null || unit is null ? null : new MetricSpec(name, description, unit, tolerance, r.At(map));
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
