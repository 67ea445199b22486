using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blackspace.AppHost.Mailbox;

/// <summary>Healthy when the server at an <c>smtp://host:port</c> connection string greets with 220.</summary>
internal sealed class SmtpHealthCheck(Func<string> connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var server = new Uri(connectionString());

        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken).ConfigureAwait(false);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var greeting = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("QUIT\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);

        return greeting is not null && greeting.StartsWith("220", StringComparison.Ordinal)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The SMTP server did not greet with 220.");
    }
}
