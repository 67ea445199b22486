using Blackspace.AppHost.Mailbox;

namespace Blackspace.AppHost.Containers;

/// <summary>Adds the smtp4dev development mailbox as a container.</summary>
public static class MailboxContainerBuilderExtensions
{
    internal const string Image = "rnwood/smtp4dev";
    internal const string Tag = "v3";

    /// <summary>
    /// Adds the smtp4dev container, SMTP on container port 25 and the web inbox on 80; healthy once SMTP greets
    /// and the inbox API answers.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The resource name, also the connection string name.</param>
    public static IResourceBuilder<MailboxContainerResource> AddMailboxContainer(
        this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        return builder.AddResource(new MailboxContainerResource(name))
            .WithImage(Image, Tag)
            .WithImageRegistry("docker.io")
            .WithEndpoint(targetPort: 25, name: MailboxEndpoints.Smtp)
            .WithHttpEndpoint(targetPort: 80, name: MailboxEndpoints.Http)
            .WithEnvironment("ServerOptions__Database", string.Empty)
            .WithMailboxHealthChecks();
    }
}
