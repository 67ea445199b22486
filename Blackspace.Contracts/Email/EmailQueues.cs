namespace Blackspace.Contracts.Email;

/// <summary>
/// The RabbitMQ layout for email requests. Publishers and the consumer declare it identically.
/// </summary>
public static class EmailQueues
{
    /// <summary>The quorum queue that holds email requests until the Email service has recorded them.</summary>
    public const string Requests = "blackspace.email.requests";

    /// <summary>The exchange that receives requests the broker rejects or that exceed their delivery limit.</summary>
    public const string DeadLetterExchange = "blackspace.email.dead-letter";

    /// <summary>The queue bound to <see cref="DeadLetterExchange"/>, kept for inspection and replay.</summary>
    public const string DeadLetters = "blackspace.email.requests.dead-letter";
}
