using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Blackspace.Tests.Email;

/// <summary>
/// An SMTP peer on a real loopback socket that answers each command with a scripted reply, for the failures a
/// development mailbox never produces: refusals, silence, a dropped connection.
/// </summary>
public sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, string?> _reply;
    private readonly bool _silent;
    private readonly bool _dropAfterAccepting;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    private ScriptedSmtpServer(Func<string, string?> reply, bool silent, bool dropAfterAccepting)
    {
        _reply = reply;
        _silent = silent;
        _dropAfterAccepting = dropAfterAccepting;
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> Commands { get; } = [];

    /// <summary>
    /// Answers like a plain server, except where <paramref name="reply"/> returns a reply for a command (such as
    /// "RCPT" => "550 5.1.1 No such user"; "MESSAGE" answers the end of the message text).
    /// </summary>
    public static ScriptedSmtpServer Answering(Func<string, string?> reply) => new(reply, false, false);

    /// <summary>Accepts connections and never says a word.</summary>
    public static ScriptedSmtpServer Silent() => new(_ => null, true, false);

    /// <summary>Accepts the message, then hangs up before the client can say QUIT.</summary>
    public static ScriptedSmtpServer HangingUpAfterAccepting() => new(_ => null, false, true);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException
            or ObjectDisposedException)
        {
            // Stopping is the point.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            if (_silent)
            {
                await Task.Delay(Timeout.Infinite, _stop.Token);
            }

            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await ConverseAsync(reader, writer);
        }
    }

    private async Task ConverseAsync(StreamReader reader, StreamWriter writer)
    {
        await writer.WriteLineAsync("220 scripted.test ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var command = line.Split(' ', 2)[0].ToUpperInvariant();
            Commands.Add(command);
            if (command == "DATA")
            {
                await writer.WriteLineAsync("354 Go ahead");
                while (await reader.ReadLineAsync(_stop.Token) is { } body && body != ".")
                {
                }

                await writer.WriteLineAsync(_reply("MESSAGE") ?? "250 2.0.0 Accepted");
                if (_dropAfterAccepting)
                {
                    return;
                }

                continue;
            }

            var reply = _reply(command) ?? command switch
            {
                "EHLO" => "250-scripted.test\r\n250-AUTH PLAIN\r\n250 8BITMIME",
                "AUTH" => "235 2.7.0 Authenticated",
                "QUIT" => "221 2.0.0 Bye",
                _ => "250 2.0.0 OK",
            };
            await writer.WriteLineAsync(reply);
            if (command == "QUIT")
            {
                return;
            }
        }
    }
}
