namespace Blackspace.Email.Deliveries;

/// <summary>What an attempt found when it tried to take a delivery for itself.</summary>
public enum DeliveryClaim
{
    /// <summary>This attempt owns the delivery and may send it.</summary>
    Claimed,

    /// <summary>The request was sent before: skip it.</summary>
    AlreadySent,

    /// <summary>The request was given up before: skip it.</summary>
    AlreadyFailed,

    /// <summary>Another attempt owns it right now: try again later.</summary>
    InProgress,
}
