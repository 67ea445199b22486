using Aspire.Hosting.Eventing;
using Aspire.Hosting.Lifecycle;
using Blackspace.AppHost.Mailbox;
using Microsoft.Extensions.Logging;

namespace Blackspace.AppHost.Diagnostics;

/// <summary>
/// Writes to the console which resources are healthy and, as soon as each answers, the URLs a developer needs
/// besides the dashboard's (Aspire prints that one): the gateway (the public API) and the mailbox's web inbox.
/// </summary>
internal sealed partial class PlatformUrlsLogger(ILogger<PlatformUrlsLogger> logger)
    : IDistributedApplicationEventingSubscriber
{
    // Aspire's own name for the dashboard resource, which it does not make public.
    private const string DashboardResourceName = "aspire-dashboard";

    public Task SubscribeAsync(
        IDistributedApplicationEventing eventing,
        DistributedApplicationExecutionContext executionContext,
        CancellationToken cancellationToken)
    {
        if (executionContext.IsRunMode)
        {
            eventing.Subscribe<ResourceReadyEvent>(OnResourceReady);
        }

        return Task.CompletedTask;
    }

    private Task OnResourceReady(ResourceReadyEvent @event, CancellationToken cancellationToken)
    {
        var resource = @event.Resource;
        if (resource is ParameterResource || resource.Name == DashboardResourceName)
        {
            return Task.CompletedTask;
        }

        LogReady(resource.Name);

        switch (resource)
        {
            case IResourceWithEndpoints { Name: "gateway" } gateway:
                LogGateway(gateway.GetEndpoint("http").Url);
                break;
            case IResourceWithEndpoints { Name: "mailbox" } mailbox:
                LogMailbox(mailbox.GetEndpoint(MailboxEndpoints.Http).Url);
                break;
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{ResourceName} is healthy")]
    private partial void LogReady(string resourceName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway (public API) is ready: {GatewayUrl}")]
    private partial void LogGateway(string gatewayUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox web inbox is ready: {MailboxUrl}")]
    private partial void LogMailbox(string mailboxUrl);
}
