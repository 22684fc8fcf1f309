using System.Diagnostics;
using System.Globalization;
using Memorization.Experiments;

namespace Memorization.Cli.Infrastructure;

/// <summary>
/// Progress of one claim as plain lines, for output that is not a terminal (CI logs, a file, <c>--json</c>): at most one
/// line per <see cref="Interval"/>, none for a claim that ends sooner, each naming the claim, the share done, the time
/// so far and what is happening (<c>repro: RECON-MLP 37% after 2m 05s: mlp: step 550/2000 (checkpoint 12/41), attacking 172 singletons</c>).
/// A timer calls <see cref="Tick"/> so that a line comes even while one checkpoint's attack runs for minutes.
/// </summary>
public sealed class PlainProgressLines : IProgress<double>, IProgress<ExperimentProgress>, IDisposable
{
    /// <summary>The interval of <c>repro run</c>: often enough to see a run is alive, rare enough for a readable log.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(15);

    private readonly TextWriter _writer;
    private readonly string _label;
    private readonly Func<TimeSpan> _clock;
    private readonly TimeSpan _start;
    private readonly object _gate = new();
    private TimeSpan _lastLine;
    private double _fraction;
    private string? _stage;
    private Timer? _timer;

    /// <param name="writer">Where the lines go (standard error: standard output may hold the JSON document).</param>
    /// <param name="label">The claim, as the lines name it.</param>
    /// <param name="interval">The least time between two lines, and before the first.</param>
    /// <param name="clock">Elapsed time (tests pass a fake one); default a stopwatch.</param>
    public PlainProgressLines(TextWriter writer, string label, TimeSpan interval, Func<TimeSpan>? clock = null)
    {
        _writer = writer;
        _label = label;
        Interval = interval;
        if (clock is null)
        {
            var watch = Stopwatch.StartNew();
            clock = () => watch.Elapsed;
        }

        _clock = clock;
        _start = _clock();
        _lastLine = _start;
    }

    /// <summary>The least time between two lines.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Starts a timer that calls <see cref="Tick"/> every second (the real tool; tests call <see cref="Tick"/>).</summary>
    public PlainProgressLines StartTimer()
    {
        _timer = new Timer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return this;
    }

    /// <inheritdoc />
    public void Report(double value)
    {
        lock (_gate)
        {
            _fraction = value;
        }

        Tick();
    }

    /// <inheritdoc />
    public void Report(ExperimentProgress value)
    {
        lock (_gate)
        {
            _fraction = value.Fraction;
            _stage = value.Stage;
        }

        Tick();
    }

    /// <summary>Writes a line when <see cref="Interval"/> has passed since the last one (or since the start).</summary>
    public void Tick()
    {
        lock (_gate)
        {
            TimeSpan now = _clock();
            if (now - _lastLine < Interval)
            {
                return;
            }

            _lastLine = now;
            _writer.WriteLine($"repro: {_label} {Percent(_fraction)} after {Format(now - _start)}" + (_stage is null ? "" : ": " + _stage));
            _writer.Flush();
        }
    }

    /// <summary>Stops the timer; no line comes after this returns.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            _lastLine = TimeSpan.MaxValue;
        }
    }

    private static string Percent(double fraction) =>
        (100 * Math.Clamp(fraction, 0.0, 1.0)).ToString("F0", CultureInfo.InvariantCulture) + "%";

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h {t.Minutes:00}m" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m {t.Seconds:00}s" : $"{t.Seconds}s";
}
