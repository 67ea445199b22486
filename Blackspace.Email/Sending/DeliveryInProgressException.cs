namespace Blackspace.Email.Sending;

/// <summary>
/// Another attempt currently owns the same request (a duplicate delivered at the same time). Retrying later finds
/// it sent, or finds the other attempt's claim expired.
/// </summary>
public sealed class DeliveryInProgressException : Exception
{
    public DeliveryInProgressException(Guid requestId)
        : base($"Request {requestId} is being sent by another attempt.")
    {
    }
}
