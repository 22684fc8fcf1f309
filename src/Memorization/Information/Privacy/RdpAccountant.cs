namespace Memorization.Information.Privacy;

/// <summary>
/// A Rényi-DP accountant over a fixed grid of integer orders: steps compose additively in RDP,
/// ε_RDP(α) of k mechanisms = Σ ε_RDP,i(α) (Mironov 2017, Proposition 1), and the total converts to (ε, δ)-DP by
/// <code>
/// ε = min_α [ ε_RDP(α) + ln((α − 1)/α) − (ln δ + ln α)/(α − 1) ]
/// </code>
/// (Canonne, Kamath &amp; Steinke 2020, "The Discrete Gaussian for Differential Privacy", Proposition 12; the same
/// bound as Balle et al. 2020, "Hypothesis Testing Interpretations and Rényi Differential Privacy", Theorem 21), clipped
/// at 0. Immutable: <see cref="Compose"/> returns a new accountant.
/// </summary>
/// <remarks>
/// Orders are integers because the sampled-Gaussian RDP (<see cref="SampledGaussianRdp"/>) is exact there; the grid
/// 2…256 is fine enough that the conversion loses little (the minimising order moves by steps of 1).
/// </remarks>
public sealed class RdpAccountant
{
    private readonly int[] _orders;
    private readonly double[] _rdp;

    /// <summary>An accountant with nothing spent, over <paramref name="orders"/> (default <see cref="DefaultOrders"/>).</summary>
    /// <exception cref="ArgumentException">An order below 2, a repeated order, or no order at all.</exception>
    public RdpAccountant(IReadOnlyList<int>? orders = null)
    {
        _orders = (orders ?? DefaultOrders).ToArray();
        if (_orders.Length == 0)
        {
            throw new ArgumentException("The accountant needs at least one Rényi order, e.g. RdpAccountant.DefaultOrders (2…256).", nameof(orders));
        }
        foreach (int alpha in _orders)
        {
            PrivacyArguments.Order(alpha);
        }
        if (_orders.Distinct().Count() != _orders.Length)
        {
            throw new ArgumentException("The Rényi orders must be distinct.", nameof(orders));
        }
        _rdp = new double[_orders.Length];
    }

    private RdpAccountant(int[] orders, double[] rdp)
    {
        _orders = orders;
        _rdp = rdp;
    }

    /// <summary>The integer orders 2, 3, …, 256.</summary>
    public static IReadOnlyList<int> DefaultOrders { get; } = Enumerable.Range(2, 255).ToArray();

    /// <summary>The orders α of the grid.</summary>
    public IReadOnlyList<int> Orders => _orders;

    /// <summary>The RDP spent so far, ε_RDP(α) at each order of <see cref="Orders"/>.</summary>
    public IReadOnlyList<double> Rdp => _rdp;

    /// <summary>
    /// The accountant after <paramref name="steps"/> more steps of the Poisson-subsampled Gaussian mechanism with
    /// rate <paramref name="q"/> and noise multiplier <paramref name="sigma"/>: ε_RDP(α) += steps · ε_step(α).
    /// </summary>
    public RdpAccountant Compose(double q, double sigma, long steps)
    {
        PrivacyArguments.Steps(steps);
        var rdp = new double[_rdp.Length];
        for (int i = 0; i < rdp.Length; i++)
        {
            rdp[i] = _rdp[i] + steps * SampledGaussianRdp.Epsilon(_orders[i], q, sigma);
        }
        return new RdpAccountant(_orders, rdp);
    }

    /// <summary>The (ε, δ) guarantee of everything composed so far, minimised over the orders.</summary>
    public PrivacyGuarantee ToEpsilonDelta(double delta)
    {
        PrivacyArguments.Delta(delta);
        double best = double.PositiveInfinity;
        int bestOrder = _orders[0];
        for (int i = 0; i < _orders.Length; i++)
        {
            double epsilon = Convert(_rdp[i], _orders[i], delta);
            if (epsilon < best)
            {
                best = epsilon;
                bestOrder = _orders[i];
            }
        }
        return new PrivacyGuarantee(Math.Max(0.0, best), delta, bestOrder);
    }

    /// <summary>ε of (α, ε_RDP)-RDP at δ: ε_RDP + ln((α − 1)/α) − (ln δ + ln α)/(α − 1) (Canonne, Kamath &amp; Steinke 2020, Prop. 12); may be negative (then the guarantee is ε = 0).</summary>
    public static double Convert(double rdp, int alpha, double delta)
    {
        PrivacyArguments.Order(alpha);
        PrivacyArguments.Delta(delta);
        if (!(rdp >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(rdp), rdp, "ε_RDP must be ≥ 0 (a Rényi divergence).");
        }
        return rdp + Math.Log((alpha - 1.0) / alpha) - (Math.Log(delta) + Math.Log(alpha)) / (alpha - 1.0);
    }

    /// <summary>The (ε, δ) guarantee of <paramref name="steps"/> steps with rate <paramref name="q"/> and noise multiplier <paramref name="sigma"/>.</summary>
    public static PrivacyGuarantee Guarantee(double q, double sigma, long steps, double delta, IReadOnlyList<int>? orders = null) =>
        new RdpAccountant(orders).Compose(q, sigma, steps).ToEpsilonDelta(delta);
}
