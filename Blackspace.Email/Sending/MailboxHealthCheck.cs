using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blackspace.Email.Sending;

/// <summary>
/// Readiness of the SMTP server: it accepts a TCP connection. No SMTP conversation, so frequent probes leave no
/// sessions behind in the mailbox.
/// </summary>
public sealed class MailboxHealthCheck(SmtpMailbox mailbox) : IHealthCheck
{
    public const string Name = "mailbox";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(s_timeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(mailbox.Host, mailbox.Port, timeout.Token);
            return HealthCheckResult.Healthy($"{mailbox} accepts connections.");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{mailbox} does not accept connections.");
        }
    }
}
