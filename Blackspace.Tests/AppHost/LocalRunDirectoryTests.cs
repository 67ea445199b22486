using Blackspace.AppHost.Local;

namespace Blackspace.Tests.AppHost;

public sealed class LocalRunDirectoryTests : IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "blackspace-run-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Each_run_gets_its_own_folder_named_after_its_process()
    {
        var first = LocalRunDirectory.Create(_root);
        var second = LocalRunDirectory.Create(_root);

        Assert.NotEqual(first.Path, second.Path);
        Assert.True(Directory.Exists(first.Path));
        Assert.StartsWith($"run-{Environment.ProcessId}-", Path.GetFileName(second.Path), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(first.Path, "postgres"), first.For("postgres"));
    }

    [Fact]
    public void Folders_of_runs_whose_process_is_gone_are_removed()
    {
        var gone = Directory.CreateDirectory(Path.Combine(_root, "run-999999999-20260101000000000"));
        var alive = Directory.CreateDirectory(Path.Combine(_root, $"run-{Environment.ProcessId}-20260101000000000"));
        var foreign = Directory.CreateDirectory(Path.Combine(_root, "run-notes"));

        LocalRunDirectory.Create(_root);

        Assert.False(Directory.Exists(gone.FullName));
        Assert.True(Directory.Exists(alive.FullName));
        Assert.True(Directory.Exists(foreign.FullName));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
