using Memorization.Configuration;

namespace Memorization.Cli;

/// <summary>Entry point of <c>repro</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ReproEnvironment environment;
        try
        {
            environment = ReproApp.DefaultEnvironment();
        }
        catch (InvalidOptionException ex)
        {
            Console.Error.WriteLine("repro: " + ex.Message);
            return ExitCodes.Usage;
        }

        return ReproApp.Run(args, environment);
    }
}
