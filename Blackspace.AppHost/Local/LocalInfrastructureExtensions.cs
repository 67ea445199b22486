using Blackspace.AppHost.Infrastructure;

namespace Blackspace.AppHost.Local;

/// <summary>The platform's infrastructure from locally installed servers.</summary>
public static class LocalInfrastructureExtensions
{
    /// <summary>The configuration key of the folder under which each run gets its data folder.</summary>
    public const string DataRootKey = "Infrastructure:DataRoot";

    /// <summary>
    /// Adds PostgreSQL (<c>authdb</c>, <c>emaildb</c>), Redis, RabbitMQ and smtp4dev as executables run by
    /// <c>scripts/local/</c>, with data under <c>/tmp/blackspace/run-*</c> (<c>Infrastructure:DataRoot</c>).
    /// </summary>
    public static PlatformInfrastructure AddLocalInfrastructure(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var run = LocalRunDirectory.Create(builder.Configuration[DataRootKey] ?? "/tmp/blackspace");
        var credentials = InfrastructureCredentials.Add(builder);

        var postgres = builder.AddLocalPostgres("postgres", credentials.PostgresPassword, run.For("postgres"));
        var authDb = postgres.AddDatabase("authdb");
        var emailDb = postgres.AddDatabase("emaildb");
        var redis = builder.AddLocalRedis("redis", credentials.RedisPassword, run.For("redis"));
        var rabbitMq = builder.AddLocalRabbitMQ(
            "rabbitmq", credentials.RabbitMqUserName, credentials.RabbitMqPassword, run.For("rabbitmq"));
        var mailbox = builder.AddLocalMailbox("mailbox");

        return new(authDb, emailDb, redis, rabbitMq, mailbox);
    }
}
