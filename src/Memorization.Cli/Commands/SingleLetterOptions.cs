namespace Memorization.Cli.Commands;

/// <summary>
/// Lets <c>repro tasks</c> take the paper's one-letter sizes as <c>--n</c>, <c>--N</c>, <c>--d</c>: Spectre.Console.Cli
/// rejects one-letter long option names (in templates and on the command line), so these tokens are rewritten to the
/// short options <c>-n</c>, <c>-N</c>, <c>-d</c> that <see cref="TasksSettings"/> declares, before parsing.
/// </summary>
public static class SingleLetterOptions
{
    private static readonly string[] Letters = ["n", "N", "d"];

    /// <summary><paramref name="args"/> with <c>--n 5</c> / <c>--n=5</c> written as <c>-n 5</c> when the command is <c>tasks</c>; otherwise unchanged.</summary>
    public static string[] Rewrite(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "tasks")
        {
            return args;
        }
        var result = new List<string>(args.Length + 1) { args[0] };
        foreach (string arg in args.Skip(1))
        {
            string? letter = Letters.FirstOrDefault(l => arg == "--" + l || arg.StartsWith("--" + l + "=", StringComparison.Ordinal));
            if (letter is null)
            {
                result.Add(arg);
                continue;
            }
            result.Add("-" + letter);
            if (arg.Length > letter.Length + 2)
            {
                result.Add(arg[(letter.Length + 3)..]);
            }
        }
        return result.ToArray();
    }
}
