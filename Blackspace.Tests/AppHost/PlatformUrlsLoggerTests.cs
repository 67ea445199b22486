using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Eventing;
using Blackspace.AppHost.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blackspace.Tests.AppHost;

public sealed class PlatformUrlsLoggerTests
{
    private readonly DistributedApplicationEventing _eventing = new();
    private readonly RecordingLogger _logger = new();
    private readonly IServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    [Fact]
    public async Task The_gateway_and_mailbox_urls_are_written_once_each_is_healthy()
    {
        await SubscribeAsync(DistributedApplicationOperation.Run);

        await PublishReadyAsync(ResourceWithHttpEndpoint("gateway", 40775));
        await PublishReadyAsync(ResourceWithHttpEndpoint("mailbox", 30796));

        Assert.Equal(
            [
                "gateway is healthy",
                "Gateway (public API) is ready: http://localhost:40775",
                "mailbox is healthy",
                "Mailbox web inbox is ready: http://localhost:30796",
            ],
            _logger.Messages);
    }

    [Fact]
    public async Task Parameters_and_the_dashboard_are_not_reported()
    {
        await SubscribeAsync(DistributedApplicationOperation.Run);

        await PublishReadyAsync(new ParameterResource("admin-password", _ => "unused", secret: true));
        await PublishReadyAsync(ResourceWithHttpEndpoint("aspire-dashboard", 15080));
        await PublishReadyAsync(new ContainerResource("redis"));

        Assert.Equal(["redis is healthy"], _logger.Messages);
    }

    [Fact]
    public async Task Nothing_is_written_when_the_model_is_only_published()
    {
        await SubscribeAsync(DistributedApplicationOperation.Publish);

        await PublishReadyAsync(ResourceWithHttpEndpoint("gateway", 40775));

        Assert.Empty(_logger.Messages);
    }

    private Task SubscribeAsync(DistributedApplicationOperation operation) =>
        new PlatformUrlsLogger(_logger).SubscribeAsync(
            _eventing, new DistributedApplicationExecutionContext(operation), CancellationToken.None);

    private Task PublishReadyAsync(IResource resource) =>
        _eventing.PublishAsync(new ResourceReadyEvent(resource, _services));

    private static ContainerResource ResourceWithHttpEndpoint(string name, int port)
    {
        var resource = new ContainerResource(name);
        var http = new EndpointAnnotation(ProtocolType.Tcp, uriScheme: "http", name: "http", targetPort: 80);
        http.AllocatedEndpoint = new AllocatedEndpoint(http, "localhost", port);
        resource.Annotations.Add(http);
        return resource;
    }

    private sealed class RecordingLogger : ILogger<PlatformUrlsLogger>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter) => Messages.Add(formatter(state, exception));
    }
}
