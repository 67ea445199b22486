namespace Blackspace.AppHost.Infrastructure;

/// <summary>
/// What the services reference, whichever mode runs it: the same resource and connection string names.
/// </summary>
/// <param name="AuthDb">Auth's database (<c>authdb</c>).</param>
/// <param name="EmailDb">Email's database (<c>emaildb</c>).</param>
/// <param name="Redis">Redis (<c>redis</c>).</param>
/// <param name="RabbitMq">RabbitMQ (<c>rabbitmq</c>).</param>
/// <param name="Mailbox">The development mailbox (<c>mailbox</c>), an <c>smtp://host:port</c> connection
/// string.</param>
public sealed record PlatformInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> AuthDb,
    IResourceBuilder<IResourceWithConnectionString> EmailDb,
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> RabbitMq,
    IResourceBuilder<IResourceWithConnectionString> Mailbox);
