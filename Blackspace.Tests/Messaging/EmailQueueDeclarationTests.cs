using Blackspace.Contracts.Email;
using Blackspace.ServiceDefaults.Messaging;
using Blackspace.Tests.Email;
using Blackspace.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Wolverine;
using Wolverine.Postgresql;

namespace Blackspace.Tests.Messaging;

/// <summary>
/// A publishing service (as Auth is) and the Email service declare the request queue on one real broker: both
/// start, the broker holds exactly the layout we expect, and a request published by the one reaches the mailbox
/// through the other.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class EmailQueueDeclarationTests(ServersFixture servers)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Request_published_by_another_service_is_delivered_by_the_email_service()
    {
        await using var email = await EmailServiceFactory.StartAsync(servers);
        using var publisher = await StartPublisherAsync();
        var to = EmailServiceFactory.NewRecipient();
        var request = EmailServiceFactory.Request(
            EmailTemplates.EmailConfirmation, to, ("link", "https://blackspace.test/confirm-email#token=p"));

        await publisher.Services.GetRequiredService<IMessageBus>().PublishAsync(request);

        var message = await servers.Mailbox.Client.WaitForMessageAsync(to, "Confirm your email address", s_timeout);
        Assert.Contains("https://blackspace.test/confirm-email#token=p",
            await servers.Mailbox.Client.GetPlainTextAsync(message.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_published_while_the_email_service_is_down_is_delivered_when_it_starts()
    {
        using var publisher = await StartPublisherAsync();
        var to = EmailServiceFactory.NewRecipient();
        var request = EmailServiceFactory.Request(
            EmailTemplates.EmailConfirmation, to, ("link", "https://blackspace.test/confirm-email#token=q"));
        await publisher.Services.GetRequiredService<IMessageBus>().PublishAsync(request);

        await using var email = await EmailServiceFactory.StartAsync(servers);

        await servers.Mailbox.Client.WaitForMessageAsync(to, "Confirm your email address", s_timeout);
        Assert.Equal("sent", (await email.WaitForDeliveryAsync(request.RequestId, "sent", s_timeout)).Status);
    }

    [Fact]
    public async Task Broker_holds_the_declared_layout_after_publisher_and_consumer_started()
    {
        await using var email = await EmailServiceFactory.StartAsync(servers);
        using var publisher = await StartPublisherAsync();
        await using var connection = await ConnectAsync();

        // Redeclaring with the expected arguments succeeds only when they equal what the services declared.
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(EmailQueues.Requests, true, false, false, new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-dead-letter-exchange"] = EmailQueues.DeadLetterExchange,
                ["x-delivery-limit"] = RabbitMqMessagingExtensions.EmailRequestDeliveryLimit,
            });
            await channel.QueueDeclareAsync(EmailQueues.DeadLetters, true, false, false, new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
            });
        }

        // The same name as a classic queue is refused: the check above could fail.
        await using var refused = await connection.CreateChannelAsync();
        var error = await Assert.ThrowsAsync<OperationInterruptedException>(() => refused.QueueDeclareAsync(
            EmailQueues.Requests, durable: true, exclusive: false, autoDelete: false));
        Assert.Equal(406, error.ShutdownReason!.ReplyCode);
    }

    [Fact]
    public async Task Message_rejected_by_the_broker_lands_in_the_dead_letter_queue()
    {
        await using var email = await EmailServiceFactory.StartAsync(servers);
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var before = (await channel.QueueDeclarePassiveAsync(EmailQueues.DeadLetters)).MessageCount;

        // Published straight to the dead-letter exchange, as the broker does with a rejected request.
        await channel.BasicPublishAsync(EmailQueues.DeadLetterExchange, EmailQueues.DeadLetters, "poison"u8.ToArray());

        var deadline = DateTime.UtcNow + s_timeout;
        while ((await channel.QueueDeclarePassiveAsync(EmailQueues.DeadLetters)).MessageCount <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, "Nothing reached the dead-letter queue.");
            await Task.Delay(100);
        }
    }

    private async Task<IHost> StartPublisherAsync()
    {
        var database = await servers.Postgres.CreateDatabaseAsync("publisher_test");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:rabbitmq"] = servers.RabbitMq.ConnectionString,
        });
        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(EmailQueueDeclarationTests).Assembly;
            opts.UseBlackspaceRabbitMq(builder.Configuration);
            opts.PersistMessagesWithPostgresql(database, "wolverine");

            // Only publishes, as Auth does: no handlers of its own to look for.
            opts.Discovery.DisableConventionalDiscovery();
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { Uri = new Uri(servers.RabbitMq.ConnectionString) }.CreateConnectionAsync();
}
