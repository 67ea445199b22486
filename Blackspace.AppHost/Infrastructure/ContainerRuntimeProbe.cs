using System.ComponentModel;
using System.Diagnostics;

namespace Blackspace.AppHost.Infrastructure;

/// <summary>
/// Asks container runtimes whether they answer, each within a short timeout: a CLI without a daemon fails fast,
/// a hung daemon must not hold up the AppHost.
/// </summary>
/// <param name="commands">Commands to try in order; the first one that exits with 0 wins.</param>
/// <param name="timeout">How long each command may take.</param>
public sealed class ContainerRuntimeProbe(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout)
{
    /// <summary>Probes <c>docker info</c>, then <c>podman info</c>, five seconds each.</summary>
    public static ContainerRuntimeProbe Default { get; } =
        new([["docker", "info"], ["podman", "info"]], TimeSpan.FromSeconds(5));

    /// <summary>Tells whether any of the commands exits successfully within the timeout.</summary>
    public bool AnyRuntimeAnswers() => commands.Any(Answers);

    private bool Answers(IReadOnlyList<string> command)
    {
        var startInfo = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo)!;
        }
        catch (Win32Exception)
        {
            // The runtime's CLI is not installed.
            return false;
        }

        using (process)
        {
            // Drained so that a chatty `info` cannot block on a full pipe.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (process.WaitForExit(timeout))
            {
                return process.ExitCode == 0;
            }

            process.Kill(entireProcessTree: true);
            return false;
        }
    }
}
