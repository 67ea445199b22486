using Blackspace.AppHost.Mailbox;

namespace Blackspace.AppHost.Containers;

/// <summary>The smtp4dev development mailbox as a container: SMTP for the services, a web inbox for people.</summary>
/// <param name="name">The resource name, also the connection string name.</param>
public sealed class MailboxContainerResource(string name) : ContainerResource(name), IResourceWithConnectionString
{
    private EndpointReference? _smtpEndpoint;

    /// <summary>The SMTP endpoint the services send to.</summary>
    public EndpointReference SmtpEndpoint => _smtpEndpoint ??= new(this, MailboxEndpoints.Smtp);

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"smtp://{SmtpEndpoint.Property(EndpointProperty.HostAndPort)}");
}
