namespace Blackspace.AppHost.Infrastructure;

/// <summary>The servers' credentials as Aspire parameters, the same in both modes.</summary>
/// <param name="PostgresPassword">The password of the PostgreSQL superuser <c>postgres</c>.</param>
/// <param name="RedisPassword">The Redis password.</param>
/// <param name="RabbitMqUserName">The RabbitMQ user.</param>
/// <param name="RabbitMqPassword">The RabbitMQ user's password.</param>
public sealed record InfrastructureCredentials(
    IResourceBuilder<ParameterResource> PostgresPassword,
    IResourceBuilder<ParameterResource> RedisPassword,
    IResourceBuilder<ParameterResource> RabbitMqUserName,
    IResourceBuilder<ParameterResource> RabbitMqPassword)
{
    /// <summary>
    /// Adds the parameters; a value set in configuration (<c>Parameters:postgres-password</c> ...) wins over the
    /// generated one.
    /// </summary>
    public static InfrastructureCredentials Add(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        return new(
            builder.AddGeneratedSecret("postgres-password"),
            builder.AddGeneratedSecret("redis-password"),
            builder.AddParameter("rabbitmq-user", "blackspace", publishValueAsDefault: true),
            builder.AddGeneratedSecret("rabbitmq-password"));
    }
}
