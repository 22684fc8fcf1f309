namespace Memorization.Information.Privacy;

// Range checks shared by the accountant's entry points, so every message names the parameter and the fix.
internal static class PrivacyArguments
{
    public static void NoiseMultiplier(double sigma)
    {
        if (!(sigma > 0.0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma,
                "The noise multiplier σ (noise standard deviation / clipping norm) must be a finite number > 0; σ = 0 is no privacy at all (ε = ∞).");
        }
    }

    public static void SamplingRate(double q)
    {
        if (!(q > 0.0 && q <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(q), q,
                "The Poisson sampling rate q must be in (0, 1] (expected batch size / n; q = 1 is full-batch training).");
        }
    }

    public static void Delta(double delta)
    {
        if (!(delta > 0.0 && delta < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta,
                "δ must be in (0, 1); the usual choice is δ = 1/n² for n training examples.");
        }
    }

    public static void Epsilon(double epsilon)
    {
        if (!(epsilon > 0.0) || double.IsInfinity(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "The target ε must be a finite number > 0, e.g. 1 or 8.");
        }
    }

    public static void Steps(long steps)
    {
        if (steps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "The number of steps (compositions) must be ≥ 1.");
        }
    }

    public static void Order(int alpha)
    {
        if (alpha < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The Rényi order α must be an integer ≥ 2 here (the binomial expansion needs an integer order).");
        }
    }
}
