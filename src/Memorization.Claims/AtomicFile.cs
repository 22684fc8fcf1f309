using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Memorization.Claims;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content, never half of it:
/// a temporary file in the same folder (same file system), flushed to disk, then moved over the target.
/// </summary>
/// <remarks>
/// The temporary file is <c>.&lt;name&gt;.&lt;pid&gt;.&lt;guid&gt;.tmp</c>. A write killed between creating it and the move
/// (<c>kill -9</c>, a power cut) leaves it behind; the target itself is intact. The next write of the same target
/// removes such leftovers whose writing process is gone (<see cref="RemoveStaleTemporaries"/>), and the repository's
/// <c>.gitignore</c> ignores <c>.*.tmp</c>, so <c>git add baselines</c> never commits one.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        RemoveStaleTemporaries(path);
        string temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Deletes the temporary files that earlier writes of <paramref name="path"/> left behind when they were killed:
    /// those whose process id names no running process. A temporary file of a running process (a concurrent writer)
    /// is left alone. Returns the names deleted.
    /// </summary>
    public static IReadOnlyList<string> RemoveStaleTemporaries(string path)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            return [];
        }

        List<string> removed = [];
        string prefix = $".{Path.GetFileName(path)}.";
        foreach (string temp in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
        {
            if (WriterOf(Path.GetFileName(temp), prefix) is { } pid && pid != Environment.ProcessId && !IsRunning(pid))
            {
                try
                {
                    File.Delete(temp);
                    removed.Add(Path.GetFileName(temp));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another writer removed or holds it; the next write tries again.
                }
            }
        }

        return removed;
    }

    /// <summary>Whether <paramref name="fileName"/> is a temporary file of <see cref="AtomicFile"/> (<c>.&lt;name&gt;.&lt;pid&gt;.&lt;guid&gt;.tmp</c>).</summary>
    public static bool IsTemporary(string fileName)
    {
        string[] parts = fileName.Split('.');
        return fileName.StartsWith('.') && parts.Length >= 5 && parts[^1] == "tmp" && parts[^2].Length == 32 && parts[^2].All(char.IsAsciiHexDigitLower)
               && int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static int? WriterOf(string fileName, string prefix)
    {
        if (!IsTemporary(fileName))
        {
            return null;
        }

        string[] parts = fileName[prefix.Length..].Split('.');
        return parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
