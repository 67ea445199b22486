using Blackspace.Contracts.Email;
using Blackspace.Tests.Infrastructure;
using RabbitMQ.Client;

namespace Blackspace.Tests.Email;

[Collection(ServersCollection.Name)]
public sealed class EmailRetryTests(ServersFixture servers)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Request_the_mailbox_never_takes_is_retried_then_failed_and_dead_lettered()
    {
        var closedPort = Ports.Next();
        await using var email = await EmailServiceFactory.StartAsync(
            servers,
            settings => settings["ConnectionStrings:mailbox"] = $"smtp://127.0.0.1:{closedPort}");
        var deadLettersBefore = await DeadLetterCountAsync();
        var request = EmailServiceFactory.Request(
            EmailTemplates.EmailConfirmation,
            EmailServiceFactory.NewRecipient(),
            ("link", "https://blackspace.test/confirm-email#token=t"));

        await email.PublishAsync(request);

        var delivery = await email.WaitForDeliveryAsync(request.RequestId, "failed", s_timeout);
        Assert.Equal(3, delivery.Attempts);
        Assert.Contains("could not be reached", delivery.LastError, StringComparison.Ordinal);
        Assert.Null(delivery.SentAt);
        await WaitForAsync(async () => await DeadLetterCountAsync() > deadLettersBefore);
    }

    private async Task<uint> DeadLetterCountAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(servers.RabbitMq.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclarePassiveAsync(EmailQueues.DeadLetters);
        return queue.MessageCount;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold in time.");
            await Task.Delay(250);
        }
    }
}
