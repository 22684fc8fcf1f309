namespace Memorization.Claims.Files;

/// <summary>Why <see cref="GuardedFile"/> did not read a file.</summary>
public enum FileRefusalReason
{
    /// <summary>A named pipe, device, socket or directory: reading it could block forever or never end.</summary>
    NotRegular,

    /// <summary>A symbolic link whose target lies outside the repository (e.g. <c>/dev/zero</c>, <c>/etc/passwd</c>).</summary>
    LinkLeavesRepository,

    /// <summary>Larger than the limit for its kind of file.</summary>
    TooLarge,

    /// <summary>The system refused to read it (permissions, a loop of links, an I/O error).</summary>
    Unreadable,
}
