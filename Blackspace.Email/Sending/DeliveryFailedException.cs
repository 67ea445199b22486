namespace Blackspace.Email.Sending;

/// <summary>
/// A request that will never be delivered however often it is tried: an unknown template, a missing or unsafe
/// value, or an address the SMTP server refuses. Its message is recorded, so it names no value or address.
/// </summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
