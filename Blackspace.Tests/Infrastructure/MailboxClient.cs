using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Blackspace.Tests.Infrastructure;

/// <summary>Reads the development mailbox (smtp4dev) over its web API, as a person would read their inbox.</summary>
public sealed class MailboxClient(HttpClient http)
{
    /// <summary>
    /// Waits for a message to <paramref name="to"/> whose subject contains <paramref name="subject"/>.
    /// </summary>
    public async Task<MailMessage> WaitForMessageAsync(string to, string subject, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var found = (await ListAsync(cts.Token)).FirstOrDefault(m =>
                m.To.Any(address => string.Equals(address, to, StringComparison.OrdinalIgnoreCase)) &&
                m.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                return found;
            }

            try
            {
                await Task.Delay(250, cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No message to {to} about '{subject}' within {timeout}.");
            }
        }
    }

    public async Task<IReadOnlyList<MailMessage>> ListAsync(CancellationToken cancellationToken = default)
    {
        var page = await http.GetFromJsonAsync<MessagePage>("/api/messages?pageSize=500", cancellationToken);
        return page?.Results ?? [];
    }

    public Task<string> GetPlainTextAsync(string id) => http.GetStringAsync($"/api/messages/{id}/plaintext");

    public Task<string> GetHtmlAsync(string id) => http.GetStringAsync($"/api/messages/{id}/html");

    private sealed record MessagePage([property: JsonPropertyName("results")] List<MailMessage> Results);
}

public sealed record MailMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] IReadOnlyList<string> To,
    [property: JsonPropertyName("subject")] string Subject);
