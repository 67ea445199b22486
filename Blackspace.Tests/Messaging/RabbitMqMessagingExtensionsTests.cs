using Blackspace.Contracts.Email;
using Blackspace.ServiceDefaults.Messaging;
using Microsoft.Extensions.Configuration;
using Wolverine;
using Wolverine.RabbitMQ;
using Wolverine.RabbitMQ.Internal;

namespace Blackspace.Tests.Messaging;

public sealed class RabbitMqMessagingExtensionsTests
{
    [Fact]
    public void Missing_connection_string_names_the_environment_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new WolverineOptions().UseBlackspaceRabbitMq(new ConfigurationBuilder().Build()));

        Assert.Contains("ConnectionStrings__rabbitmq", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://guest:secret-value@127.0.0.1:5672/")]
    [InlineData("host=127.0.0.1;password=secret-value")]
    public void Connection_string_that_is_not_amqp_is_refused_without_repeating_it(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new WolverineOptions().UseBlackspaceRabbitMq(Configuration(value)));

        Assert.Contains("ConnectionStrings__rabbitmq", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_request_queue_is_a_quorum_queue_with_its_own_dead_letter_exchange()
    {
        var opts = new WolverineOptions().UseBlackspaceRabbitMq(Configuration("amqp://u:p@127.0.0.1:5672/"));

        var queue = Transport(opts).Queues[EmailQueues.Requests];

        Assert.Equal(QueueType.quorum, queue.QueueType);
        Assert.True(queue.IsDurable);
        Assert.Equal(RabbitMqMessagingExtensions.EmailRequestDeliveryLimit, queue.DeliveryLimit);
        Assert.NotNull(queue.DeadLetterQueue);
        Assert.Equal(DeadLetterQueueMode.Native, queue.DeadLetterQueue.Mode);
        Assert.Equal(EmailQueues.DeadLetterExchange, queue.DeadLetterQueue.ExchangeName);
        Assert.Equal(EmailQueues.DeadLetters, queue.DeadLetterQueue.QueueName);
    }

    [Fact]
    public void Dead_letter_queue_is_a_quorum_queue_that_does_not_dead_letter_again()
    {
        var opts = new WolverineOptions().UseBlackspaceRabbitMq(Configuration("amqp://u:p@127.0.0.1:5672/"));
        var transport = Transport(opts);
        var deadLetters = transport.Queues[EmailQueues.DeadLetters];

        transport.Queues[EmailQueues.Requests].DeadLetterQueue!.ConfigureQueue!(deadLetters);

        Assert.Equal(QueueType.quorum, deadLetters.QueueType);
        Assert.Null(deadLetters.DeadLetterQueue);
    }

    [Fact]
    public void Channels_use_publisher_confirms_with_tracking()
    {
        var opts = new WolverineOptions().UseBlackspaceRabbitMq(Configuration("amqp://u:p@127.0.0.1:5672/"));
        var channel = new WolverineRabbitMqChannelOptions();

        Transport(opts).ChannelCreationOptions!(channel);

        Assert.True(channel.PublisherConfirmationsEnabled);
        Assert.True(channel.PublisherConfirmationTrackingEnabled);
    }

    [Fact]
    public void Outbox_backlog_drains_in_large_pages_and_broker_objects_are_provisioned()
    {
        var opts = new WolverineOptions().UseBlackspaceRabbitMq(Configuration("amqp://u:p@127.0.0.1:5672/"));

        Assert.Equal(RabbitMqMessagingExtensions.RecoveryBatchSize, opts.Durability.RecoveryBatchSize);
        Assert.True(Transport(opts).AutoProvision);
        Assert.Equal("127.0.0.1", Transport(opts).ConnectionFactory!.HostName);
        Assert.Equal(5672, Transport(opts).ConnectionFactory!.Port);
    }

    private static RabbitMqTransport Transport(WolverineOptions opts) =>
        opts.Transports.GetOrCreate<RabbitMqTransport>();

    private static IConfiguration Configuration(string rabbitmq) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:rabbitmq"] = rabbitmq })
        .Build();
}
