using Blackspace.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Blackspace.AppHost.Local;

/// <summary>Adds RabbitMQ run from the locally installed package.</summary>
public static class LocalRabbitMqBuilderExtensions
{
    /// <summary>
    /// Adds a RabbitMQ node started by <c>scripts/local/rabbitmq.sh</c>: AMQP, Erlang distribution and its own
    /// epmd on ports chosen at run time; healthy once a real AMQP connection opens.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The resource name, also the connection string name.</param>
    /// <param name="userName">The user clients authenticate as.</param>
    /// <param name="password">The user's password.</param>
    /// <param name="dataDirectory">A private folder for the node's state and logs.</param>
    public static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder,
        [ResourceName] string name,
        IResourceBuilder<ParameterResource> userName,
        IResourceBuilder<ParameterResource> password,
        string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);

        var node = new LocalRabbitMqResource(
            name, LocalScripts.Shell, LocalScripts.RepositoryRoot(builder), userName.Resource, password.Resource);
        var rabbitMq = builder.AddResource(node)
            .WithArgs(LocalScripts.PathOf(builder, "rabbitmq.sh"))
            .WithEndpoint(name: LocalRabbitMqResource.PrimaryEndpointName, env: "BS_PORT", isProxied: false)
            .WithEndpoint(name: LocalRabbitMqResource.DistributionEndpointName, env: "BS_DIST_PORT", isProxied: false)
            .WithEndpoint(name: LocalRabbitMqResource.EpmdEndpointName, env: "BS_EPMD_PORT", isProxied: false)
            .WithEnvironment("BS_DATA_DIR", dataDirectory)
            .WithEnvironment("BS_USER", userName)
            .WithEnvironment("BS_PASSWORD", password);

        var connectionString = rabbitMq.CaptureConnectionString();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddKeyedSingleton(healthCheckKey, (_, _) => new RabbitMqProbeConnection(connectionString));
        builder.Services.AddHealthChecks().AddRabbitMQ(
            services => services.GetRequiredKeyedService<RabbitMqProbeConnection>(healthCheckKey).GetAsync(),
            name: healthCheckKey);

        return rabbitMq.WithHealthCheck(healthCheckKey);
    }
}
