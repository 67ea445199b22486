using Blackspace.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Blackspace.AppHost.Local;

/// <summary>Adds Redis run from the locally installed binary.</summary>
public static class LocalRedisBuilderExtensions
{
    /// <summary>
    /// Adds a Redis server started by <c>scripts/local/redis.sh</c> on a port chosen at run time; healthy once a
    /// real client connects and pings.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The resource name, also the connection string name.</param>
    /// <param name="password">The password clients authenticate with.</param>
    /// <param name="dataDirectory">A private working folder (nothing is persisted).</param>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(
        this IDistributedApplicationBuilder builder,
        [ResourceName] string name,
        IResourceBuilder<ParameterResource> password,
        string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);

        var server = new LocalRedisResource(
            name, LocalScripts.Shell, LocalScripts.RepositoryRoot(builder), password.Resource);
        var redis = builder.AddResource(server)
            .WithArgs(LocalScripts.PathOf(builder, "redis.sh"))
            .WithEndpoint(name: LocalRedisResource.PrimaryEndpointName, env: "BS_PORT", isProxied: false)
            .WithEnvironment("BS_DATA_DIR", dataDirectory)
            .WithEnvironment("BS_PASSWORD", password);

        var connectionString = redis.CaptureConnectionString();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks().AddRedis(_ => connectionString(), name: healthCheckKey);

        return redis.WithHealthCheck(healthCheckKey);
    }
}
