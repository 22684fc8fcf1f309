namespace Memorization.Devices;

/// <summary>The requested device cannot be used here (no GPU when <c>cuda</c> is demanded, or LibTorch failed to load).</summary>
public sealed class DeviceUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
