using Blackspace.Email.Sending;
using Blackspace.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blackspace.Tests.Email;

public sealed class MailboxHealthCheckTests
{
    [Fact]
    public async Task Listening_mailbox_is_ready()
    {
        await using var server = ScriptedSmtpServer.Answering(_ => null);

        var result = await Check(server.Port).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Mailbox_that_refuses_connections_is_not_ready()
    {
        var result = await Check(Ports.Next()).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    private static MailboxHealthCheck Check(int port) => new(SmtpMailbox.FromConfiguration(
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:mailbox"] = $"smtp://127.0.0.1:{port}",
            })
            .Build()));
}
