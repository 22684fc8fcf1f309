using Memorization.Configuration;

namespace Memorization.Learners.Trained;

// Shared range checks of the option records, so every message has the same shape: model, parameter, value, fix.
internal static class TrainingOptionChecks
{
    public static void Positive(double value, string name, string model, string hint)
    {
        if (!(value > 0.0) || double.IsInfinity(value))
        {
            throw new InvalidParameterException(name, $"{model} {name} = {value} must be a finite number > 0 ({hint}).");
        }
    }

    public static void AtLeastOne(int value, string name, string model, string hint)
    {
        if (value < 1)
        {
            throw new InvalidParameterException(name, $"{model} {name} = {value} must be ≥ 1 ({hint}).");
        }
    }

    // Nesterov momentum in TorchSharp (as in PyTorch) requires μ > 0 and dampening 0; μ ≥ 1 diverges.
    public static void Momentum(double value, string model, string hint)
    {
        if (!(value > 0.0 && value < 1.0))
        {
            throw new InvalidParameterException("Momentum",
                $"{model} Momentum = {value} must be in (0, 1): Nesterov SGD needs a positive momentum below 1 ({hint}).");
        }
    }
}
