namespace Memorization.Claims.Files;

/// <summary>
/// What a directory entry is. Only <see cref="Regular"/> files are read as claim files or baselines: a named pipe blocks
/// its reader until a writer comes, and a device such as <c>/dev/zero</c> never ends.
/// </summary>
public enum FileKind
{
    /// <summary>Nothing there (or a symbolic link whose target is missing, when links are followed).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A named pipe (FIFO).</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>Empty, or of a kind this platform cannot tell apart from an empty file (see <see cref="FileKinds"/>).</summary>
    Unknown,
}
