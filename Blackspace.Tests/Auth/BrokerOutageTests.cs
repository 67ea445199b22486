using System.Net;
using System.Net.Http.Json;
using Blackspace.Contracts.Email;
using Blackspace.Tests.Infrastructure;
using Npgsql;

namespace Blackspace.Tests.Auth;

/// <summary>
/// Stops a RabbitMQ node of its own (never the shared one); the database stays up, as the outbox needs it.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class BrokerOutageTests(ServersFixture servers)
{
    [Fact]
    public async Task Invitation_made_while_the_broker_is_down_is_published_when_it_returns()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "blackspace-tests", $"auth-broker-{Guid.NewGuid():N}");
        await using var broker = await RabbitMqServer.StartAsync(dataDirectory);
        await using var auth = await AuthServiceFactory.StartAsync(servers, rabbitMq: broker.ConnectionString);
        using var admin = await auth.CreateAdministratorClientAsync();
        var email = AuthServiceFactory.NewAddress();

        await broker.StopAsync();
        using var response = await admin.PostAsJsonAsync("/api/auth/invitations", new { email });
        var heldWhileDown = await CountOutboxAsync(auth.DatabaseConnectionString);
        await broker.StartAsync();
        var request = await new EmailRequestQueue(broker.ConnectionString)
            .WaitForAsync(email, EmailTemplates.Invitation, TimeSpan.FromSeconds(90));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, heldWhileDown);
        Assert.Contains("#token=", request.Values["link"]);
        ServersFixture.TryDelete(dataDirectory);
    }

    private static async Task<long> CountOutboxAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM wolverine.wolverine_outgoing_envelopes", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
