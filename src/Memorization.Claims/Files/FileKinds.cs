using System.Runtime.InteropServices;

namespace Memorization.Claims.Files;

/// <summary>
/// Tells a regular file from a named pipe, a device, a socket or a link <em>without opening it</em>: opening a FIFO
/// for reading blocks until a writer appears, so asking after the open would already hang.
/// </summary>
/// <remarks>
/// .NET has no public API for the file type on Unix (<see cref="FileSystemInfo.Attributes"/> only knows directories and
/// links), so on Unix this calls <c>SystemNative_Stat</c>/<c>SystemNative_LStat</c> of <c>libSystem.Native</c>, the shim
/// every .NET runtime on Unix ships and uses for <see cref="File"/> itself. Its <c>FileStatus</c> starts with two
/// 32-bit fields, <c>Flags</c> and <c>Mode</c>; <c>Mode</c> carries the file type in the platform-independent bits
/// <c>S_IFMT = 0xF000</c> (FIFO 0x1000, character device 0x2000, directory 0x4000, block device 0x6000, regular 0x8000,
/// link 0xA000, socket 0xC000). The buffer is larger than the structure (≈ 130 bytes in .NET 10). If the shim
/// cannot be called, a file of length 0 is reported as <see cref="FileKind.Unknown"/> (pipes and devices report length 0),
/// so it is still never opened.
/// </remarks>
public static class FileKinds
{
    private const int StatusBytes = 512;
    private const int TypeMask = 0xF000;

    /// <summary>The kind of <paramref name="path"/>; <paramref name="followLinks"/> false reports a link as <see cref="FileKind.SymbolicLink"/>.</summary>
    public static FileKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return OfWindows(path, followLinks);
        }

        try
        {
            byte[] status = new byte[StatusBytes];
            int rc = followLinks ? Native.Stat(path, status) : Native.LStat(path, status);
            return rc != 0 ? FileKind.Missing : FromMode(BitConverter.ToInt32(status, 4));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return OfManaged(path, followLinks);
        }
    }

    /// <summary>The kind coded in the type bits of a <c>FileStatus.Mode</c>.</summary>
    internal static FileKind FromMode(int mode) => (mode & TypeMask) switch
    {
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x4000 => FileKind.Directory,
        0x6000 => FileKind.BlockDevice,
        0x8000 => FileKind.Regular,
        0xA000 => FileKind.SymbolicLink,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>A human name for messages: "a named pipe (FIFO)", "a character device"…</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "empty or not a regular file",
    };

    private static FileKind OfWindows(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return FileKind.Missing;
        }

        FileAttributes attributes = File.GetAttributes(path);
        if (!followLinks && attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return FileKind.SymbolicLink;
        }

        return attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : attributes.HasFlag(FileAttributes.Device) ? FileKind.CharacterDevice
            : FileKind.Regular;
    }

    private static FileKind OfManaged(string path, bool followLinks)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        var info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return !info.Exists ? FileKind.Missing : info.Length > 0 ? FileKind.Regular : FileKind.Unknown;
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = false)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = false)]
        public static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
    }
}
