using System.Diagnostics;
using Memorization.Claims.Files;

namespace Memorization.Tests.Claims.Files;

public class GuardedFileTests
{
    [Fact]
    public void TheKindOfAFileIsToldWithoutOpeningIt()
    {
        using var repo = new TempRepository();
        string regular = Path.Combine(repo.Root, "claims", "a.yaml");
        File.WriteAllText(regular, "x: 1\n");
        Assert.Equal(FileKind.Regular, FileKinds.Of(regular, followLinks: false));
        Assert.Equal(FileKind.Directory, FileKinds.Of(Path.Combine(repo.Root, "claims"), followLinks: false));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(repo.Root, "nothing"), followLinks: false));
        if (SpecialFiles.Unix)
        {
            string fifo = Path.Combine(repo.Root, "claims", "pipe.yaml");
            SpecialFiles.MakeFifo(fifo);
            Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo, followLinks: false));
            Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null", followLinks: true));
            string link = Path.Combine(repo.Root, "claims", "zero.yaml");
            SpecialFiles.Link(link, "/dev/zero");
            Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link, followLinks: false));
            Assert.Equal(FileKind.CharacterDevice, FileKinds.Of(link, followLinks: true));
        }
    }

    [Fact]
    public void ANamedPipeIsRefusedAtOnceInsteadOfWaitingForAWriter()
    {
        if (!SpecialFiles.Unix)
        {
            return;
        }

        using var repo = new TempRepository();
        string fifo = Path.Combine(repo.Root, "claims", "x.yaml");
        SpecialFiles.MakeFifo(fifo);
        var clock = Stopwatch.StartNew();
        GuardedText read = GuardedFile.ReadText(fifo, "claims/x.yaml", repo.Root, 1000, "claim file");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Null(read.Text);
        Assert.Equal(FileRefusalReason.NotRegular, read.Refusal!.Reason);
        Assert.Equal("claims/x.yaml is a named pipe (FIFO), not a regular file: reading it would wait for a writer, possibly forever.", read.Refusal.Message);
    }

    [Fact]
    public void ALinkLeavingTheRepositoryIsRefusedAndOneInsideIsRead()
    {
        using var repo = new TempRepository();
        string outside = Path.Combine(Path.GetTempPath(), "repro-outside-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(outside, "secret\n");
        try
        {
            string leaving = Path.Combine(repo.Root, "claims", "x.yaml");
            SpecialFiles.Link(leaving, outside);
            GuardedText refused = GuardedFile.ReadText(leaving, "claims/x.yaml", repo.Root, 1000, "claim file");
            Assert.Equal(FileRefusalReason.LinkLeavesRepository, refused.Refusal!.Reason);
            Assert.Contains($"claims/x.yaml is a symbolic link to '{outside}', outside the repository", refused.Refusal.Message);

            File.WriteAllText(Path.Combine(repo.Root, "shared.yaml"), "x: 1\n");
            string inside = Path.Combine(repo.Root, "claims", "y.yaml");
            SpecialFiles.Link(inside, Path.Combine("..", "shared.yaml"));
            Assert.Equal("x: 1\n", GuardedFile.ReadText(inside, "claims/y.yaml", repo.Root, 1000, "claim file").Text);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void ALinkToDevZeroIsRefusedUnread()
    {
        if (!SpecialFiles.Unix)
        {
            return;
        }

        using var repo = new TempRepository();
        string link = Path.Combine(repo.Root, "claims", "x.yaml");
        SpecialFiles.Link(link, "/dev/zero");
        GuardedText read = GuardedFile.ReadText(link, "claims/x.yaml", repo.Root, 1000, "claim file");
        Assert.Equal(FileRefusalReason.LinkLeavesRepository, read.Refusal!.Reason);
        Assert.Contains("'/dev/zero'", read.Refusal.Message);
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedWithItsSize()
    {
        using var repo = new TempRepository();
        string path = Path.Combine(repo.Root, "claims", "x.yaml");
        File.WriteAllText(path, new string('a', 1001));
        GuardedText read = GuardedFile.ReadText(path, "claims/x.yaml", repo.Root, 1000, "claim file");
        Assert.Equal(FileRefusalReason.TooLarge, read.Refusal!.Reason);
        Assert.Equal("claims/x.yaml holds 1,001 bytes; a claim file may hold at most 1,000 bytes.", read.Refusal.Message);
        File.WriteAllText(path, new string('a', 1000));
        Assert.Equal(1000, GuardedFile.ReadText(path, "claims/x.yaml", repo.Root, 1000, "claim file").Text!.Length);
    }
}
