using System.Diagnostics;

namespace Blackspace.Tests.Infrastructure;

/// <summary>
/// One server started from a script in scripts/local/, the same scripts the AppHost runs in local mode. Keeps the
/// last lines of its output, so that a server that fails to start says why in the test failure.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 60;

    private readonly string _name;
    private readonly string _script;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly Queue<string> _output = new();
    private Process? _process;

    public ServerProcess(string name, string script, IReadOnlyDictionary<string, string> environment)
    {
        _name = name;
        _script = script;
        _environment = environment;
    }

    public bool IsRunning => _process is { HasExited: false };

    public string OutputTail
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    public void Start()
    {
        var info = new ProcessStartInfo("bash", [RepositoryPaths.Script(_script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {_name}.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Polls <paramref name="ready"/> until it answers true, the process exits or time runs out.</summary>
    public async Task WaitUntilReadyAsync(Func<CancellationToken, Task<bool>> ready, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!cts.IsCancellationRequested)
        {
            if (!IsRunning)
            {
                throw new InvalidOperationException($"{_name} exited while starting:{Environment.NewLine}{OutputTail}");
            }

            try
            {
                if (await ready(cts.Token))
                {
                    return;
                }
            }
            catch (Exception) when (!cts.IsCancellationRequested)
            {
                // Not listening yet: the next poll will tell.
            }

            await Task.Delay(200, CancellationToken.None);
        }

        throw new TimeoutException($"{_name} was not ready after {timeout}:{Environment.NewLine}{OutputTail}");
    }

    /// <summary>Stops the server gracefully (SIGINT for PostgreSQL's fast shutdown, else SIGTERM) and waits.</summary>
    public async Task StopAsync(bool interrupt = false)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-s", interrupt ? "INT" : "TERM", _process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(interrupt: true);
        _process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }
        }
    }
}
