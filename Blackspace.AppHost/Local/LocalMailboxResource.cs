namespace Blackspace.AppHost.Local;

/// <summary>
/// The smtp4dev development mailbox run as a .NET tool: SMTP for the services, a web inbox and its HTTP API for
/// people and tests, messages kept in memory.
/// </summary>
/// <param name="name">The resource name, also the connection string name.</param>
/// <param name="command">The command that starts the mailbox in the foreground.</param>
/// <param name="workingDirectory">The command's working directory.</param>
public sealed class LocalMailboxResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    private EndpointReference? _smtpEndpoint;

    /// <summary>The SMTP endpoint the services send to.</summary>
    public EndpointReference SmtpEndpoint => _smtpEndpoint ??= new(this, Mailbox.MailboxEndpoints.Smtp);

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://127.0.0.1:{SmtpEndpoint.Property(EndpointProperty.Port)}");
}
