using Blackspace.AppHost.Mailbox;

namespace Blackspace.AppHost.Local;

/// <summary>Adds the smtp4dev development mailbox run as a .NET tool.</summary>
public static class LocalMailboxBuilderExtensions
{
    /// <summary>
    /// Adds the mailbox started by <c>scripts/local/mailbox.sh</c>: SMTP and the web inbox on ports chosen at run
    /// time; healthy once SMTP greets and the inbox API answers.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The resource name, also the connection string name.</param>
    public static IResourceBuilder<LocalMailboxResource> AddLocalMailbox(
        this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        var mailbox = new LocalMailboxResource(name, LocalScripts.Shell, LocalScripts.RepositoryRoot(builder));
        return builder.AddResource(mailbox)
            .WithArgs(LocalScripts.PathOf(builder, "mailbox.sh"))
            .WithEndpoint(name: MailboxEndpoints.Smtp, env: "BS_SMTP_PORT", isProxied: false)
            .WithHttpEndpoint(name: MailboxEndpoints.Http, env: "BS_HTTP_PORT", isProxied: false)
            .WithMailboxHealthChecks();
    }
}
