namespace Blackspace.Email.Deliveries;

/// <summary>
/// The record of one email request and its delivery, keyed by the request id. The template values are not kept:
/// they hold links with tokens.
/// </summary>
public sealed class Delivery
{
    public required Guid RequestId { get; init; }

    public required string Template { get; init; }

    public required string Recipient { get; init; }

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public required DateTimeOffset RequestedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Until when an attempt in progress owns this delivery; another consumer waits until it passes.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>What went wrong last, without addresses, links or server credentials.</summary>
    public string? LastError { get; set; }
}
