namespace Blackspace.Email.Sending;

/// <summary>
/// The SMTP server could not take a message this time (unreachable, too slow, or a temporary refusal). Worth
/// another attempt later; the listener's circuit breaker counts these.
/// </summary>
public sealed class MailboxUnavailableException : Exception
{
    public MailboxUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
