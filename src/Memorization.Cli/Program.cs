using Memorization.Configuration;
using Memorization.Devices;

namespace Memorization.Cli;

/// <summary>Entry point of <c>repro</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            ReproSettings settings = ReproSettings.Load(typeof(Program).Assembly);
            ResolvedDevice device = TorchDevices.Resolve(settings.Device);
            Console.WriteLine($"repro: tier {settings.Tier.ToString().ToLowerInvariant()}, device {device.Description}");
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOptionException or DeviceUnavailableException)
        {
            Console.Error.WriteLine("repro: " + ex.Message);
            return 2;
        }
    }
}
