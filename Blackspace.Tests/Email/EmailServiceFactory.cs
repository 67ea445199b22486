using System.Net.Http.Json;
using Blackspace.Contracts.Email;
using Blackspace.Email;
using Blackspace.Email.Deliveries;
using Blackspace.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Blackspace.Tests.Email;

/// <summary>
/// The Email service in process, on the real PostgreSQL, RabbitMQ and mailbox of <see cref="ServersFixture"/>,
/// with its own empty database, configured through the same keys the AppHost sets as environment variables.
/// </summary>
public sealed class EmailServiceFactory : WebApplicationFactory<EmailApi>
{
    public const string Sender = "noreply@blackspace.test";

    private readonly Dictionary<string, string?> _settings;

    private EmailServiceFactory(Dictionary<string, string?> settings)
    {
        _settings = settings;
    }

    /// <summary>Settings for the given servers and database, with short retry waits for tests.</summary>
    public static Dictionary<string, string?> Settings(ServersFixture servers, string database) => new()
    {
        ["ConnectionStrings:emaildb"] = database,
        ["ConnectionStrings:rabbitmq"] = servers.RabbitMq.ConnectionString,
        ["ConnectionStrings:mailbox"] = servers.Mailbox.ConnectionString,
        ["Email:From"] = Sender,
        ["Email:SmtpTimeout"] = "00:00:05",
        ["Email:RetryDelays"] = "00:00:01,00:00:01",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Starts the service on a new database; <paramref name="change"/> adjusts the settings first.</summary>
    public static async Task<EmailServiceFactory> StartAsync(
        ServersFixture servers,
        Action<Dictionary<string, string?>>? change = null)
    {
        var settings = Settings(servers, await servers.Postgres.CreateDatabaseAsync("email_test"));
        change?.Invoke(settings);
        var factory = new EmailServiceFactory(settings);
        try
        {
            // Building the client starts the host: migrations, Wolverine and the listener.
            factory.CreateClient().Dispose();
            return factory;
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    public static EmailRequested Request(string template, string to, params (string Name, string Value)[] values) =>
        new(
            Guid.NewGuid(),
            template,
            to,
            values.ToDictionary(value => value.Name, value => value.Value),
            DateTimeOffset.UtcNow);

    /// <summary>A recipient no other test writes to, so each test reads only its own mail.</summary>
    public static string NewRecipient() => $"person-{Guid.NewGuid():N}@example.test";

    /// <summary>Publishes through the same durable outbox and RabbitMQ route a publishing service uses.</summary>
    public async Task PublishAsync(EmailRequested request)
    {
        await using var scope = Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await bus.PublishAsync(request);
    }

    public async Task<DeliveryResponse?> GetDeliveryAsync(Guid requestId)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync($"/internal/email/deliveries/{requestId}");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DeliveryResponse>() : null;
    }

    /// <summary>Waits until the delivery of <paramref name="requestId"/> reaches <paramref name="status"/>.</summary>
    public async Task<DeliveryResponse> WaitForDeliveryAsync(Guid requestId, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        DeliveryResponse? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await GetDeliveryAsync(requestId);
            if (last?.Status == status)
            {
                return last;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(
            $"Delivery {requestId} did not become {status} within {timeout}; last seen: {last?.Status ?? "none"}.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
