using Blackspace.ServiceDefaults.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Wolverine;

namespace Blackspace.Tests.Messaging;

public sealed class RabbitMqHealthCheckTests
{
    [Fact]
    public async Task Broker_that_is_not_connected_is_not_ready()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:rabbitmq"] = "amqp://u:p@127.0.0.1:1/",
        });
        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(RabbitMqHealthCheckTests).Assembly;
            opts.UseBlackspaceRabbitMq(builder.Configuration);
        });
        using var host = builder.Build();

        // Never started: Wolverine holds no broker connection.
        var report = await host.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(check => check.Name == RabbitMqMessagingExtensions.HealthCheckName);

        Assert.Equal(HealthStatus.Unhealthy, report.Entries[RabbitMqMessagingExtensions.HealthCheckName].Status);
    }
}
