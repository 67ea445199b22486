namespace Blackspace.Email.Deliveries;

/// <summary>Where one email request stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Recorded and not sent yet: waiting for its first attempt or for a retry.</summary>
    Pending,

    /// <summary>Accepted by the SMTP server. A sent request is never sent again.</summary>
    Sent,

    /// <summary>Given up: it cannot be rendered, the server refused it, or every retry failed.</summary>
    Failed,
}
