using System.Globalization;

namespace Blackspace.Tests.Infrastructure;

/// <summary>A private smtp4dev mailbox: SMTP for the Email service, its web API for the tests.</summary>
public sealed class MailboxServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly HttpClient _http;

    private MailboxServer()
    {
        SmtpPort = Ports.Next();
        HttpPort = Ports.Next();
        _process = new ServerProcess("mailbox", "mailbox.sh", new Dictionary<string, string>
        {
            ["BS_SMTP_PORT"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["BS_HTTP_PORT"] = HttpPort.ToString(CultureInfo.InvariantCulture),
        });
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        Client = new MailboxClient(_http);
    }

    public int SmtpPort { get; }

    public int HttpPort { get; }

    public string ConnectionString => $"smtp://127.0.0.1:{SmtpPort}";

    public MailboxClient Client { get; }

    public static async Task<MailboxServer> StartAsync()
    {
        var server = new MailboxServer();
        server._process.Start();
        await server._process.WaitUntilReadyAsync(async ct =>
        {
            using var response = await server._http.GetAsync("/api/messages", ct);
            return response.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(60));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _http.Dispose();
    }
}
