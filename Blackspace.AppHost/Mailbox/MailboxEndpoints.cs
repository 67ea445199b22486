namespace Blackspace.AppHost.Mailbox;

/// <summary>The endpoint names every mailbox resource has, whichever mode runs it.</summary>
public static class MailboxEndpoints
{
    /// <summary>The SMTP endpoint the services send to.</summary>
    public const string Smtp = "smtp";

    /// <summary>The web inbox and its HTTP API (<c>/api/messages</c>).</summary>
    public const string Http = "http";
}
