using System.Text.Json;
using Blackspace.Contracts.Email;
using RabbitMQ.Client;

namespace Blackspace.Tests.Auth;

/// <summary>
/// Reads the email requests Auth published from the real RabbitMQ queue, as the Email service would. Messages for
/// other recipients are kept aside, so tests that each use their own address never lose one another's requests.
/// </summary>
public sealed class EmailRequestQueue(string connectionString)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly List<EmailRequested> _unclaimed = [];
    private readonly Lock _lock = new();

    public async Task<EmailRequested> WaitForAsync(string to, string template, TimeSpan timeout)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (TryClaim(to, template) is { } found)
            {
                return found;
            }

            var message = await channel.BasicGetAsync(EmailQueues.Requests, autoAck: true);
            if (message is not null)
            {
                var request = JsonSerializer.Deserialize<EmailRequested>(message.Body.Span, s_json)!;
                lock (_lock)
                {
                    _unclaimed.Add(request);
                }

                continue;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {template} email request for {to} arrived within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Drops every request still queued, with those kept aside.</summary>
    public async Task PurgeAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueuePurgeAsync(EmailQueues.Requests);
        lock (_lock)
        {
            _unclaimed.Clear();
        }
    }

    /// <summary>Each request is handed out once, oldest first, so two invitations to one address stay apart.</summary>
    private EmailRequested? TryClaim(string to, string template)
    {
        lock (_lock)
        {
            var index = _unclaimed.FindIndex(r => r.To == to && r.Template == template);
            if (index < 0)
            {
                return null;
            }

            var request = _unclaimed[index];
            _unclaimed.RemoveAt(index);
            return request;
        }
    }

    /// <summary>The token in the fragment of the request's link (<c>...#token=...</c>).</summary>
    public static string TokenFrom(EmailRequested request)
    {
        var link = request.Values["link"];
        const string marker = "#token=";
        var index = link.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index > 0, "The link carries no token in its fragment.");
        return Uri.UnescapeDataString(link[(index + marker.Length)..]);
    }
}
