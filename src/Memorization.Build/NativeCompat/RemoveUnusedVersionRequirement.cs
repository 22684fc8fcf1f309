// Compiled twice: by MSBuild's RoslynCodeTaskFactory for the build (see ../NativeCompat.targets),
// and into tests/Memorization.Tests, which exercises it on a copy of the real library.
// RoslynCodeTaskFactory takes one source file, so the task and the ELF code it needs live here
// together, and the file sticks to C# that any recent compiler accepts (block namespace).
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Memorization.Build.NativeCompat
{
    /// <summary>
    /// MSBuild task: removes one symbol-version requirement (by default <c>GLIBCXX_3.4.32</c>) from the
    /// <c>.gnu.version_r</c> section of native libraries in a build output, when the host's
    /// <c>libstdc++.so.6</c> does not define that version.
    /// </summary>
    /// <remarks>
    /// TorchSharp 0.107's <c>libLibTorchSharp.so</c> is linked with GCC 13 and requires
    /// <c>GLIBCXX_3.4.32</c> only through the marker symbol <c>std::ios_base_library_init</c>, which no
    /// relocation references. Hosts whose libstdc++ predates GCC 13 (Debian 12, Ubuntu 22.04,
    /// RHEL 9) refuse to load the library for that alone. The task edits only the copies it is
    /// given (the build output, never the NuGet cache), writes through a temporary file and a rename
    /// (so a hard link into the cache is broken, not written through), and refuses when a relocated
    /// symbol still uses the version.
    /// </remarks>
    public sealed class RemoveUnusedVersionRequirement : Microsoft.Build.Utilities.Task
    {
        /// <summary>The native libraries to fix (copies in an output folder).</summary>
        [Required]
        public ITaskItem[] Libraries { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The version requirement to remove.</summary>
        public string VersionName { get; set; } = "GLIBCXX_3.4.32";

        /// <summary>The host library to ask; empty = the first <c>libstdc++.so.6</c> in the usual folders.</summary>
        public string HostLibrary { get; set; } = "";

        public override bool Execute()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                Log.LogMessage(MessageImportance.Low, "Native fix: not a Linux host; nothing to do.");
                return true;
            }

            string? host = string.IsNullOrEmpty(HostLibrary) ? HostLibStdCxx.Locate() : HostLibrary;
            if (host != null && ElfVersions.Defines(File.ReadAllBytes(host), VersionName))
            {
                Log.LogMessage(MessageImportance.Normal,
                    $"Native fix: {host} defines {VersionName}; native libraries left as built.");
                return true;
            }

            foreach (ITaskItem item in Libraries)
            {
                string path = item.ItemSpec;
                PatchOutcome outcome = VersionRequirementPatcher.PatchFile(path, VersionName);
                switch (outcome.Status)
                {
                    case PatchStatus.Patched:
                        Log.LogMessage(MessageImportance.High,
                            $"Native fix: removed the unused {VersionName} requirement from {path} " +
                            $"(host libstdc++ {host ?? "not found"} lacks it). {outcome.Message}");
                        break;
                    case PatchStatus.NotRequired:
                        Log.LogMessage(MessageImportance.Normal, $"Native fix: {path}: {outcome.Message}");
                        break;
                    default:
                        Log.LogError(subcategory: null, errorCode: "REPRO900", helpKeyword: null, file: path,
                            lineNumber: 0, columnNumber: 0, endLineNumber: 0, endColumnNumber: 0,
                            message: $"Native fix refused: {outcome.Message} The file was left unchanged; " +
                                     "TorchSharp will not load on this host. Use a host whose libstdc++ " +
                                     $"defines {VersionName} (GCC 13 or newer), or a TorchSharp build made for it.");
                        break;
                }
            }
            return !Log.HasLoggedErrors;
        }
    }

    /// <summary>What <see cref="VersionRequirementPatcher"/> did to a file.</summary>
    public enum PatchStatus
    {
        /// <summary>The requirement was removed.</summary>
        Patched,
        /// <summary>The file does not require the version (already fixed, or never did): unchanged.</summary>
        NotRequired,
        /// <summary>The file was not touched; <see cref="PatchOutcome.Message"/> says why.</summary>
        Refused,
    }

    /// <summary>The outcome of one patch, with a message fit for a build log.</summary>
    public sealed class PatchOutcome
    {
        public PatchOutcome(PatchStatus status, string message)
        {
            Status = status;
            Message = message;
        }

        public PatchStatus Status { get; }
        public string Message { get; }
    }

    /// <summary>Removes one <c>Vernaux</c> entry from <c>.gnu.version_r</c> of a 64-bit little-endian ELF image.</summary>
    public static class VersionRequirementPatcher
    {
        /// <summary>VER_NDX_GLOBAL: the version index of an unversioned global symbol.</summary>
        private const ushort GlobalVersionIndex = 1;

        /// <summary>Patches <paramref name="path"/> in place (temp file + rename); leaves it byte-identical unless patched.</summary>
        public static PatchOutcome PatchFile(string path, string versionName)
        {
            byte[] image;
            try
            {
                image = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return new PatchOutcome(PatchStatus.Refused, $"cannot read {path}: {ex.Message}.");
            }

            PatchOutcome outcome = Patch(image, versionName);
            if (outcome.Status != PatchStatus.Patched)
            {
                return outcome;
            }

            string directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            string temporary = Path.Combine(directory, "." + Path.GetFileName(path) + ".repro-patch.tmp");
            File.WriteAllBytes(temporary, image);
            // A rename, not a write into the old file: interrupted, it leaves the old file whole.
            // (File.Replace, because the task compiles against netstandard, which lacks Move(overwrite).)
            File.Replace(temporary, path, destinationBackupFileName: null);
            return outcome;
        }

        /// <summary>Patches the image in memory. On any status but <see cref="PatchStatus.Patched"/> it is unchanged.</summary>
        public static PatchOutcome Patch(byte[] image, string versionName)
        {
            try
            {
                return PatchParsed(image, versionName);
            }
            catch (InvalidDataException ex)
            {
                return new PatchOutcome(PatchStatus.Refused, "malformed ELF file: " + ex.Message);
            }
        }

        // Reads and checks everything first; writes into the image only once nothing can refuse.
        private static PatchOutcome PatchParsed(byte[] image, string versionName)
        {
            ElfImage elf;
            try
            {
                elf = ElfImage.Parse(image);
            }
            catch (InvalidDataException ex)
            {
                return new PatchOutcome(PatchStatus.Refused, ex.Message);
            }

            ElfSection? verneed = elf.FindByType(ElfImage.ShtGnuVerneed);
            if (verneed == null)
            {
                return new PatchOutcome(PatchStatus.NotRequired, "has no .gnu.version_r section; nothing to do.");
            }

            VernauxLocation? found = FindRequirement(elf, verneed, versionName);
            if (found == null)
            {
                return new PatchOutcome(PatchStatus.NotRequired, $"does not require {versionName}; nothing to do.");
            }
            VernauxLocation requirement = found.Value;

            List<int> users = SymbolsWithVersion(elf, requirement.VersionIndex);
            HashSet<int> relocated = RelocatedSymbols(elf);
            foreach (int symbol in users)
            {
                if (relocated.Contains(symbol))
                {
                    return new PatchOutcome(PatchStatus.Refused,
                        $"symbol '{elf.DynamicSymbolName(symbol)}' still uses {versionName} and is referenced by a relocation, " +
                        "so the requirement is real, not a marker.");
                }
            }
            if (requirement.EntryCount < 2)
            {
                return new PatchOutcome(PatchStatus.Refused,
                    $"{versionName} is the only version required from {requirement.FileName}; removing it would leave an empty entry.");
            }

            // Unlink the Vernaux from its Verneed's chain. vn_aux and vna_next are offsets relative to
            // the entry that holds them.
            uint next = elf.U32(requirement.AuxOffset + 12);
            if (requirement.PreviousAuxOffset < 0)
            {
                elf.SetU32(requirement.NeedOffset + 8, elf.U32(requirement.NeedOffset + 8) + next);
            }
            else
            {
                int previous = requirement.PreviousAuxOffset;
                elf.SetU32(previous + 12, next == 0 ? 0 : elf.U32(previous + 12) + next);
            }
            elf.SetU16(requirement.NeedOffset + 2, (ushort)(requirement.EntryCount - 1));
            Array.Clear(image, requirement.AuxOffset, 16);

            // The marker symbols keep no dangling version index: they become unversioned globals.
            ElfSection versym = elf.FindByType(ElfImage.ShtGnuVersym)!;
            foreach (int symbol in users)
            {
                elf.SetU16((int)versym.Offset + 2 * symbol, GlobalVersionIndex);
            }

            string markers = users.Count == 0 ? "no symbol used it" :
                "unrelocated marker symbol(s) made unversioned: " + string.Join(", ", users.ConvertAll(elf.DynamicSymbolName));
            return new PatchOutcome(PatchStatus.Patched,
                $"{requirement.FileName} entry now lists {requirement.EntryCount - 1} versions; {markers}.");
        }

        /// <summary>Every version requirement of the image, as (file, version) pairs in section order.</summary>
        public static List<KeyValuePair<string, string>> ListRequirements(byte[] image)
        {
            ElfImage elf = ElfImage.Parse(image);
            var result = new List<KeyValuePair<string, string>>();
            ElfSection? verneed = elf.FindByType(ElfImage.ShtGnuVerneed);
            if (verneed == null)
            {
                return result;
            }
            foreach (VernauxLocation aux in EnumerateRequirements(elf, verneed))
            {
                result.Add(new KeyValuePair<string, string>(aux.FileName, aux.VersionName));
            }
            return result;
        }

        /// <summary>The version index (<c>vna_other</c>) the image gives to <paramref name="versionName"/>, if it requires it.</summary>
        internal static ushort? RequirementIndex(byte[] image, string versionName)
        {
            ElfImage elf = ElfImage.Parse(image);
            ElfSection? verneed = elf.FindByType(ElfImage.ShtGnuVerneed);
            VernauxLocation? found = verneed == null ? null : FindRequirement(elf, verneed, versionName);
            return found?.VersionIndex;
        }

        private static VernauxLocation? FindRequirement(ElfImage elf, ElfSection verneed, string versionName)
        {
            foreach (VernauxLocation aux in EnumerateRequirements(elf, verneed))
            {
                if (aux.VersionName == versionName)
                {
                    return aux;
                }
            }
            return null;
        }

        private static IEnumerable<VernauxLocation> EnumerateRequirements(ElfImage elf, ElfSection verneed)
        {
            ElfSection strings = elf.Section((int)verneed.Link);
            int need = (int)verneed.Offset;
            for (uint entry = 0; entry < verneed.Info; entry++)
            {
                elf.Check(need, 16, ".gnu.version_r");
                ushort count = elf.U16(need + 2);
                string file = elf.String(strings, elf.U32(need + 4));
                int aux = need + (int)elf.U32(need + 8);
                int previous = -1;
                for (int i = 0; i < count; i++)
                {
                    elf.Check(aux, 16, ".gnu.version_r");
                    yield return new VernauxLocation(need, aux, previous, count, elf.U16(aux + 6), file,
                        elf.String(strings, elf.U32(aux + 8)));
                    uint nextAux = elf.U32(aux + 12);
                    if (nextAux == 0)
                    {
                        break;
                    }
                    previous = aux;
                    aux += (int)nextAux;
                }
                uint nextNeed = elf.U32(need + 12);
                if (nextNeed == 0)
                {
                    break;
                }
                need += (int)nextNeed;
            }
        }

        private static List<int> SymbolsWithVersion(ElfImage elf, ushort versionIndex)
        {
            var users = new List<int>();
            ElfSection? versym = elf.FindByType(ElfImage.ShtGnuVersym);
            if (versym == null)
            {
                return users;
            }
            int count = (int)(versym.Size / 2);
            for (int symbol = 0; symbol < count; symbol++)
            {
                if ((elf.U16((int)versym.Offset + 2 * symbol) & 0x7fff) == versionIndex)
                {
                    users.Add(symbol);
                }
            }
            return users;
        }

        /// <summary>The dynamic symbols that some relocation references: those are really looked up at load time.</summary>
        internal static HashSet<int> RelocatedSymbols(ElfImage elf)
        {
            var relocated = new HashSet<int>();
            int dynsym = elf.IndexOfType(ElfImage.ShtDynsym);
            for (int i = 0; i < elf.SectionCount; i++)
            {
                ElfSection section = elf.Section(i);
                bool rela = section.Type == ElfImage.ShtRela;
                if ((!rela && section.Type != ElfImage.ShtRel) || section.Link != dynsym)
                {
                    continue;
                }
                int size = rela ? 24 : 16;
                elf.Check((int)section.Offset, (int)section.Size, "relocation section");
                for (long at = section.Offset; at + size <= section.Offset + section.Size; at += size)
                {
                    relocated.Add((int)(elf.U64((int)at + 8) >> 32));
                }
            }
            return relocated;
        }

        private readonly struct VernauxLocation
        {
            public VernauxLocation(int needOffset, int auxOffset, int previousAuxOffset, ushort entryCount,
                ushort versionIndex, string fileName, string versionName)
            {
                NeedOffset = needOffset;
                AuxOffset = auxOffset;
                PreviousAuxOffset = previousAuxOffset;
                EntryCount = entryCount;
                VersionIndex = versionIndex;
                FileName = fileName;
                VersionName = versionName;
            }

            public int NeedOffset { get; }
            public int AuxOffset { get; }
            public int PreviousAuxOffset { get; }
            public ushort EntryCount { get; }
            public ushort VersionIndex { get; }
            public string FileName { get; }
            public string VersionName { get; }
        }
    }

    /// <summary>Reads the versions a shared library defines (<c>.gnu.version_d</c>).</summary>
    public static class ElfVersions
    {
        public static bool Defines(byte[] image, string versionName)
        {
            ElfImage elf;
            try
            {
                elf = ElfImage.Parse(image);
            }
            catch (InvalidDataException)
            {
                return false;
            }
            ElfSection? verdef = elf.FindByType(ElfImage.ShtGnuVerdef);
            if (verdef == null)
            {
                return false;
            }
            ElfSection strings = elf.Section((int)verdef.Link);
            int def = (int)verdef.Offset;
            for (uint entry = 0; entry < verdef.Info; entry++)
            {
                elf.Check(def, 20, ".gnu.version_d");
                int aux = def + (int)elf.U32(def + 12);
                elf.Check(aux, 8, ".gnu.version_d");
                if (elf.String(strings, elf.U32(aux)) == versionName)
                {
                    return true;
                }
                uint next = elf.U32(def + 16);
                if (next == 0)
                {
                    break;
                }
                def += (int)next;
            }
            return false;
        }
    }

    /// <summary>Finds the <c>libstdc++.so.6</c> the dynamic loader would use for a native library.</summary>
    public static class HostLibStdCxx
    {
        private static readonly string[] Folders =
        {
            "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
        };

        public static string? Locate()
        {
            var folders = new List<string>();
            string? libraryPath = Environment.GetEnvironmentVariable("LD_LIBRARY_PATH");
            if (!string.IsNullOrEmpty(libraryPath))
            {
                folders.AddRange(libraryPath.Split(':'));
            }
            folders.AddRange(Folders);
            foreach (string folder in folders)
            {
                if (folder.Length == 0)
                {
                    continue;
                }
                string candidate = Path.Combine(folder, "libstdc++.so.6");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            return null;
        }
    }

    /// <summary>One section header of an ELF image.</summary>
    public sealed class ElfSection
    {
        public ElfSection(uint name, uint type, long offset, long size, uint link, uint info)
        {
            Name = name;
            Type = type;
            Offset = offset;
            Size = size;
            Link = link;
            Info = info;
        }

        public uint Name { get; }
        public uint Type { get; }
        public long Offset { get; }
        public long Size { get; }
        public uint Link { get; }
        public uint Info { get; }
    }

    /// <summary>A minimal, bounds-checked view of a 64-bit little-endian ELF image: section headers and strings.</summary>
    public sealed class ElfImage
    {
        public const uint ShtRela = 4;
        public const uint ShtRel = 9;
        public const uint ShtDynsym = 11;
        public const uint ShtGnuVerdef = 0x6ffffffd;
        public const uint ShtGnuVerneed = 0x6ffffffe;
        public const uint ShtGnuVersym = 0x6fffffff;

        private readonly byte[] _image;
        private readonly List<ElfSection> _sections;

        private ElfImage(byte[] image, List<ElfSection> sections)
        {
            _image = image;
            _sections = sections;
        }

        public int SectionCount => _sections.Count;

        public static ElfImage Parse(byte[] image)
        {
            if (image.Length < 64 || image[0] != 0x7f || image[1] != (byte)'E' || image[2] != (byte)'L' || image[3] != (byte)'F')
            {
                throw new InvalidDataException("not an ELF file (no \\x7fELF magic number).");
            }
            if (image[4] != 2 || image[5] != 1)
            {
                throw new InvalidDataException("not a 64-bit little-endian ELF file; only those are supported.");
            }
            var probe = new ElfImage(image, new List<ElfSection>());
            long tableOffset = (long)probe.U64(0x28);
            int entrySize = probe.U16(0x3a);
            int count = probe.U16(0x3c);
            if (entrySize < 64 || tableOffset <= 0 || tableOffset + (long)entrySize * count > image.Length)
            {
                throw new InvalidDataException("the ELF section header table is missing or lies outside the file.");
            }
            var sections = new List<ElfSection>(count);
            for (int i = 0; i < count; i++)
            {
                int at = (int)(tableOffset + (long)i * entrySize);
                var section = new ElfSection(probe.U32(at), probe.U32(at + 4), (long)probe.U64(at + 24),
                    (long)probe.U64(at + 32), probe.U32(at + 40), probe.U32(at + 44));
                if (section.Type != 8 /* SHT_NOBITS */ && section.Offset + section.Size > image.Length)
                {
                    throw new InvalidDataException($"ELF section {i} lies outside the file.");
                }
                sections.Add(section);
            }
            return new ElfImage(image, sections);
        }

        public ElfSection Section(int index)
        {
            if (index < 0 || index >= _sections.Count)
            {
                throw new InvalidDataException($"ELF section index {index} does not exist.");
            }
            return _sections[index];
        }

        public ElfSection? FindByType(uint type)
        {
            int index = IndexOfType(type);
            return index < 0 ? null : _sections[index];
        }

        public int IndexOfType(uint type) => _sections.FindIndex(s => s.Type == type);

        public string DynamicSymbolName(int symbol)
        {
            ElfSection? dynsym = FindByType(ShtDynsym);
            if (dynsym == null)
            {
                return $"#{symbol}";
            }
            int at = (int)dynsym.Offset + 24 * symbol;
            Check(at, 24, ".dynsym");
            return String(Section((int)dynsym.Link), U32(at));
        }

        public string String(ElfSection table, uint offset)
        {
            long start = table.Offset + offset;
            if (offset >= table.Size)
            {
                throw new InvalidDataException("an ELF string offset lies outside its string table.");
            }
            long end = start;
            while (end < table.Offset + table.Size && _image[end] != 0)
            {
                end++;
            }
            return Encoding.UTF8.GetString(_image, (int)start, (int)(end - start));
        }

        public void Check(long offset, long length, string what)
        {
            if (offset < 0 || offset + length > _image.Length)
            {
                throw new InvalidDataException($"the {what} data lies outside the file.");
            }
        }

        public ushort U16(int at)
        {
            Check(at, 2, "ELF");
            return (ushort)(_image[at] | (_image[at + 1] << 8));
        }

        public uint U32(int at)
        {
            Check(at, 4, "ELF");
            return (uint)(_image[at] | (_image[at + 1] << 8) | (_image[at + 2] << 16) | (_image[at + 3] << 24));
        }

        public ulong U64(int at) => U32(at) | ((ulong)U32(at + 4) << 32);

        public void SetU16(int at, ushort value)
        {
            Check(at, 2, "ELF");
            _image[at] = (byte)value;
            _image[at + 1] = (byte)(value >> 8);
        }

        public void SetU32(int at, uint value)
        {
            Check(at, 4, "ELF");
            for (int i = 0; i < 4; i++)
            {
                _image[at + i] = (byte)(value >> (8 * i));
            }
        }
    }
}
