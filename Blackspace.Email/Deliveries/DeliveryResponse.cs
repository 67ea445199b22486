namespace Blackspace.Email.Deliveries;

/// <summary>Where one email request stands, without its recipient or template values.</summary>
public sealed record DeliveryResponse(
    Guid RequestId,
    string Template,
    string Status,
    int Attempts,
    DateTimeOffset RequestedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError)
{
    public static DeliveryResponse From(Delivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);

        return new DeliveryResponse(
            delivery.RequestId,
            delivery.Template,
            delivery.Status.ToString().ToLowerInvariant(),
            delivery.Attempts,
            delivery.RequestedAt,
            delivery.CreatedAt,
            delivery.LastAttemptAt,
            delivery.SentAt,
            delivery.LastError);
    }
}
