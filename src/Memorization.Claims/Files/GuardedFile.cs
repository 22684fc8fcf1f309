using System.Globalization;
using System.Text;

namespace Memorization.Claims.Files;

/// <summary>
/// Reads the repository's data files (claim files, baselines, results) defensively: only regular files, only links
/// that stay inside the repository, and at most a stated number of bytes. A hostile or damaged checkout can then
/// neither hang the build (a FIFO named <c>claims/x.yaml</c>), nor exhaust memory (a link to <c>/dev/zero</c>), nor
/// copy megabytes into the report; each case is a <see cref="FileRefusal"/> naming the file and the fix.
/// </summary>
public static class GuardedFile
{
    /// <summary>Reads <paramref name="path"/> as text, or says why not.</summary>
    /// <param name="path">The file.</param>
    /// <param name="shownAs">How messages name it (relative to the repository root).</param>
    /// <param name="root">The repository root: a symbolic link must resolve to a file inside it.</param>
    /// <param name="maxBytes">The most bytes the file may hold.</param>
    /// <param name="what">What the file is, for messages ("claim file", "baseline").</param>
    public static GuardedText ReadText(string path, string shownAs, string root, long maxBytes, string what)
    {
        FileKind kind = FileKinds.Of(path, followLinks: false);
        string subject = shownAs;
        if (kind == FileKind.SymbolicLink)
        {
            string? target;
            try
            {
                target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
            }
            catch (IOException ex)
            {
                return Refuse(shownAs, FileRefusalReason.Unreadable, $"{shownAs} is a symbolic link that cannot be resolved ({ex.Message}).",
                    $"Replace the link with the {what} itself.");
            }

            if (target is null || !IsInside(root, target))
            {
                return Refuse(shownAs, FileRefusalReason.LinkLeavesRepository,
                    $"{shownAs} is a symbolic link to '{target ?? "?"}', outside the repository ({Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))}); a {what} is read only from inside it.",
                    $"Replace the link with a copy of the {what}, or delete it.");
            }

            kind = FileKinds.Of(path, followLinks: true);
            subject = $"{shownAs} links to '{Path.GetRelativePath(root, target).Replace('\\', '/')}', which";
        }

        if (kind != FileKind.Regular)
        {
            string consequence = kind switch
            {
                FileKind.Fifo or FileKind.Socket => "reading it would wait for a writer, possibly forever",
                FileKind.CharacterDevice or FileKind.BlockDevice => "reading it may never end",
                FileKind.Missing => "there is nothing to read",
                _ => "only regular files are read",
            };
            return Refuse(shownAs, kind == FileKind.Missing ? FileRefusalReason.Unreadable : FileRefusalReason.NotRegular,
                $"{subject} is {FileKinds.Describe(kind)}, not a regular file: {consequence}.",
                $"Replace it with a regular {what}, or delete it.");
        }

        try
        {
            long length = new FileInfo(path).Length;
            if (length > maxBytes)
            {
                return TooLarge(shownAs, length.ToString("N0", CultureInfo.InvariantCulture), maxBytes, what);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var bytes = new MemoryStream();
            byte[] chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                bytes.Write(chunk, 0, read);
                if (bytes.Length > maxBytes)
                {
                    // It grew after its size was taken: stop at the limit instead of following it.
                    return TooLarge(shownAs, $"more than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)}", maxBytes, what);
                }
            }

            bytes.Position = 0;
            using var reader = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return GuardedText.Read(reader.ReadToEnd());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(shownAs, FileRefusalReason.Unreadable, $"{shownAs} cannot be read: {ex.Message}", $"Check the {what}'s permissions, or restore it from git.");
        }
    }

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="root"/> (as written, or with the root's own link resolved).</summary>
    public static bool IsInside(string root, string path)
    {
        string full = Path.GetFullPath(path);
        foreach (string folder in Roots(root))
        {
            if (full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Roots(string root)
    {
        string full = Path.GetFullPath(root);
        yield return full;
        if (Directory.ResolveLinkTarget(full, returnFinalTarget: true) is { } real)
        {
            yield return Path.GetFullPath(real.FullName);
        }
    }

    private static GuardedText TooLarge(string shownAs, string size, long maxBytes, string what) =>
        Refuse(shownAs, FileRefusalReason.TooLarge,
            $"{shownAs} holds {size} bytes; a {what} may hold at most {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.",
            $"A {what} is a short data file: remove what does not belong in it (the limit keeps runaway input out of the build and the report).");

    private static GuardedText Refuse(string file, FileRefusalReason reason, string message, string fix) =>
        GuardedText.Refused(new FileRefusal(file, reason, message, fix));
}
