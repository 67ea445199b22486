namespace Blackspace.Email.Sending;

/// <summary>The Email service's log events. None carries an address, a link or a template value.</summary>
internal static partial class EmailLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Sent email request {RequestId} with template {Template} on attempt {Attempt}")]
    public static partial void Sent(ILogger logger, Guid requestId, string template, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Skipped email request {RequestId}: it was already {Outcome}")]
    public static partial void Skipped(ILogger logger, Guid requestId, string outcome);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Attempt {Attempt} of {MaxAttempts} to send email request {RequestId} failed: {Error}")]
    public static partial void AttemptFailed(
        ILogger logger, Guid requestId, int attempt, int maxAttempts, string error);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error,
        Message = "Gave up email request {RequestId} with template {Template}: {Error}")]
    public static partial void GaveUp(ILogger logger, Guid requestId, string template, string error);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information,
        Message = "Email request {RequestId} is being sent by another attempt; retrying later")]
    public static partial void InProgress(ILogger logger, Guid requestId);
}
