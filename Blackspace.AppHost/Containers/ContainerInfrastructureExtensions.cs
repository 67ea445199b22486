using Blackspace.AppHost.Infrastructure;

namespace Blackspace.AppHost.Containers;

/// <summary>The platform's infrastructure from Aspire's container integrations.</summary>
public static class ContainerInfrastructureExtensions
{
    /// <summary>
    /// Adds PostgreSQL (<c>authdb</c>, <c>emaildb</c>), Redis, RabbitMQ and an smtp4dev container.
    /// </summary>
    public static PlatformInfrastructure AddContainerInfrastructure(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var credentials = InfrastructureCredentials.Add(builder);

        var postgres = builder.AddPostgres("postgres", password: credentials.PostgresPassword);
        var authDb = postgres.AddDatabase("authdb");
        var emailDb = postgres.AddDatabase("emaildb");
        var redis = builder.AddRedis("redis", password: credentials.RedisPassword);
        var rabbitMq = builder.AddRabbitMQ("rabbitmq", credentials.RabbitMqUserName, credentials.RabbitMqPassword);
        var mailbox = builder.AddMailboxContainer("mailbox");

        return new(authDb, emailDb, redis, rabbitMq, mailbox);
    }
}
