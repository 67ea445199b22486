using System.Diagnostics;
using System.Globalization;

namespace Blackspace.AppHost.Local;

/// <summary>
/// The folder that holds one AppHost run's server data: <c>{root}/run-{process id}-{timestamp}-{random}</c>.
/// Folders of runs whose process is gone are removed when a new run starts.
/// </summary>
public sealed class LocalRunDirectory
{
    private const string Prefix = "run-";

    private LocalRunDirectory(string path) => Path = path;

    /// <summary>The run's folder.</summary>
    public string Path { get; }

    /// <summary>Creates this process's run folder under <paramref name="root"/> and removes stale ones.</summary>
    /// <param name="root">A folder the servers' own users can enter (not under <c>/root</c>).</param>
    public static LocalRunDirectory Create(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);

        Directory.CreateDirectory(root);
        RemoveStaleRuns(root);

        // One process can build several models (tests do), so the time alone does not make a run unique.
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var path = System.IO.Path.Combine(root, $"{Prefix}{Environment.ProcessId}-{stamp}-{unique}");
        Directory.CreateDirectory(path);
        return new LocalRunDirectory(path);
    }

    /// <summary>The data folder of one resource; its launch script creates it.</summary>
    public string For(string resourceName) => System.IO.Path.Combine(Path, resourceName);

    private static void RemoveStaleRuns(string root)
    {
        foreach (var run in Directory.EnumerateDirectories(root, $"{Prefix}*"))
        {
            var processId = System.IO.Path.GetFileName(run)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(processId, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                try
                {
                    Directory.Delete(run, recursive: true);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Another user's leftovers; they cost disk space, not correctness.
                }
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
