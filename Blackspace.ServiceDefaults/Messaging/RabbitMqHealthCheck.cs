using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wolverine.RabbitMQ.Internal;
using Wolverine.Runtime;
using Wolverine.Transports;

namespace Blackspace.ServiceDefaults.Messaging;

/// <summary>
/// Readiness of the broker connection Wolverine already holds; it opens nothing, so probing often costs nothing.
/// </summary>
internal sealed class RabbitMqHealthCheck(IWolverineRuntime runtime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        IBrokerHealthProbe probe = runtime.Options.Transports.GetOrCreate<RabbitMqTransport>();
        var snapshot = await probe.ProbeAsync(ct);

        // A connection that recovered a moment ago carries traffic again: ready, and says so.
        return snapshot.Status is BrokerHealthStatus.Healthy or BrokerHealthStatus.Degraded
            ? HealthCheckResult.Healthy(snapshot.Description)
            : HealthCheckResult.Unhealthy(snapshot.Description ?? "RabbitMQ is not connected.");
    }
}
