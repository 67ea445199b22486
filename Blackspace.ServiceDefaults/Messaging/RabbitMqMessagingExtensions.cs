using Blackspace.Contracts.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.RabbitMQ;
using Wolverine.RabbitMQ.Internal;

namespace Blackspace.ServiceDefaults.Messaging;

/// <summary>
/// The one RabbitMQ set-up every Blackspace service uses, so that publishers and consumers declare the broker
/// objects identically and the broker never refuses a declaration with PRECONDITION_FAILED.
/// </summary>
public static class RabbitMqMessagingExtensions
{
    /// <summary>The name of the connection string that holds the broker's AMQP URI.</summary>
    public const string ConnectionName = "rabbitmq";

    /// <summary>The name of the readiness check on the broker connection.</summary>
    public const string HealthCheckName = "rabbitmq";

    /// <summary>
    /// How often the broker may hand an email request back to the queue before dead-lettering it. A durable
    /// listener settles a delivery once it is in the inbox, so only restarts and reconnects count against it.
    /// </summary>
    public const int EmailRequestDeliveryLimit = 50;

    /// <summary>How many stored envelopes Wolverine loads per page when it drains the outbox or inbox.</summary>
    public const int RecoveryBatchSize = 1000;

    /// <summary>
    /// Connects Wolverine to RabbitMQ from <c>ConnectionStrings:rabbitmq</c> with publisher confirms and
    /// confirmation tracking, provisions the broker objects, declares the email request queue (a quorum queue
    /// with a dead-letter exchange and queue, see <see cref="EmailQueues"/>) and routes
    /// <see cref="EmailRequested"/> to it through the durable outbox. Adds the readiness check
    /// <see cref="HealthCheckName"/> on the broker connection.
    /// </summary>
    /// <remarks>
    /// The durable outbox needs Wolverine message persistence (for example <c>PersistMessagesWithPostgresql</c>).
    /// Consumers add their own listener on <see cref="EmailQueues.Requests"/>; the declaration stays here.
    /// </remarks>
    /// <param name="opts">The Wolverine options of the service.</param>
    /// <param name="configuration">The configuration that holds <c>ConnectionStrings:rabbitmq</c>.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="InvalidOperationException">
    /// The connection string is missing or is not an absolute <c>amqp://</c> or <c>amqps://</c> URI.
    /// </exception>
    public static WolverineOptions UseBlackspaceRabbitMq(this WolverineOptions opts, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(opts);
        ArgumentNullException.ThrowIfNull(configuration);

        var brokerUri = ReadBrokerUri(configuration);

        // Without confirms (and tracking) Wolverine deleted outbox rows before the broker had stored the message,
        // and lost messages when the broker was killed.
        opts.UseRabbitMq(brokerUri)
            .AutoProvision()
            .ConfigureChannelCreation(channel =>
            {
                channel.PublisherConfirmationsEnabled = true;
                channel.PublisherConfirmationTrackingEnabled = true;
            })
            .DeclareQueue(EmailQueues.Requests, DeclareEmailRequestQueue);

        opts.PublishMessage<EmailRequested>()
            .ToRabbitQueue(EmailQueues.Requests)
            .UseDurableOutbox();

        // The default page drains a backlog at about 100 messages per 5 s after a broker outage.
        opts.Durability.RecoveryBatchSize = RecoveryBatchSize;

        opts.Services.AddHealthChecks().AddCheck<RabbitMqHealthCheck>(HealthCheckName);

        return opts;
    }

    private static Uri ReadBrokerUri(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The RabbitMQ connection string is missing: set the environment variable "
                + $"ConnectionStrings__{ConnectionName} to an AMQP URI such as amqp://user:password@host:5672/.");
        }

        // The value carries a password, so the message names the variable but never repeats the value.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
        {
            throw new InvalidOperationException(
                $"The environment variable ConnectionStrings__{ConnectionName} is not an AMQP URI: "
                + "expected amqp://user:password@host:5672/ or amqps://...");
        }

        return uri;
    }

    private static void DeclareEmailRequestQueue(IRabbitMqQueue declared)
    {
        // DeclareQueue hands over the transport's own queue object; only that type exposes dead-lettering.
        var queue = (RabbitMqQueue)declared;
        queue.QueueType = QueueType.quorum;
        queue.DeliveryLimit = EmailRequestDeliveryLimit;
        queue.DeadLetterQueue = new DeadLetterQueue(EmailQueues.DeadLetters, DeadLetterQueueMode.Native)
        {
            ExchangeName = EmailQueues.DeadLetterExchange,
            ConfigureQueue = deadLetters =>
            {
                deadLetters.QueueType = QueueType.quorum;

                // Dead letters stay where they are; they are not dead-lettered a second time.
                deadLetters.DeadLetterQueue = null;
            },
        };
    }
}
