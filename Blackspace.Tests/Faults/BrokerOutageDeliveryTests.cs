using System.Net;
using System.Net.Http.Json;
using Blackspace.Tests.Auth;
using Blackspace.Tests.Email;
using Blackspace.Tests.Infrastructure;

namespace Blackspace.Tests.Faults;

/// <summary>
/// Auth and Email together on a RabbitMQ node of their own, which the test stops and starts again. PostgreSQL and
/// the mailbox are the shared ones and stay up.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class BrokerOutageDeliveryTests(ServersFixture servers)
{
    private static readonly TimeSpan s_deliveryTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Invitation_made_while_the_broker_is_down_arrives_by_email_once_it_returns()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "blackspace-tests", $"outage-{Guid.NewGuid():N}");
        await using var broker = await RabbitMqServer.StartAsync(dataDirectory);
        await using var auth = await AuthServiceFactory.StartAsync(servers, rabbitMq: broker.ConnectionString);
        await using var email = await EmailServiceFactory.StartAsync(
            servers, settings => settings["ConnectionStrings:rabbitmq"] = broker.ConnectionString);
        using var admin = await auth.CreateAdministratorClientAsync();
        var person = AuthServiceFactory.NewAddress();

        await broker.StopAsync();
        using var invited = await admin.PostAsJsonAsync("/api/auth/invitations", new { email = person });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        await broker.StartAsync();

        var message = await servers.Mailbox.Client.WaitForMessageAsync(person, "invited", s_deliveryTimeout);
        var text = await servers.Mailbox.Client.GetPlainTextAsync(message.Id);
        Assert.Contains($"{AuthServiceFactory.PublicBaseUrl}/sign-up#token=", text, StringComparison.Ordinal);
        var toPerson = (await servers.Mailbox.Client.ListAsync()).Where(m => m.To.Contains(person));
        Assert.Single(toPerson);
        ServersFixture.TryDelete(dataDirectory);
    }
}
