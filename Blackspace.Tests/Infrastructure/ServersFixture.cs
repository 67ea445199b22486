namespace Blackspace.Tests.Infrastructure;

/// <summary>
/// Real PostgreSQL, Redis, RabbitMQ and mailbox servers on run-time ports, shared by the integration tests of one
/// collection. Tests isolate themselves with their own databases, queues' messages and recipient addresses; a test
/// that stops a server must not use this fixture but start its own servers.
/// </summary>
public sealed class ServersFixture : IAsyncLifetime
{
    private readonly string _dataDirectory =
        Path.Combine(Path.GetTempPath(), "blackspace-tests", Guid.NewGuid().ToString("N")[..12]);

    public PostgresServer Postgres { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public RabbitMqServer RabbitMq { get; private set; } = null!;

    public MailboxServer Mailbox { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        var postgres = PostgresServer.StartAsync(Path.Combine(_dataDirectory, "postgres"));
        var redis = RedisServer.StartAsync(Path.Combine(_dataDirectory, "redis"));
        var rabbitMq = RabbitMqServer.StartAsync(Path.Combine(_dataDirectory, "rabbitmq"));
        var mailbox = MailboxServer.StartAsync();
        await Task.WhenAll(postgres, redis, rabbitMq, mailbox);
        (Postgres, Redis, RabbitMq, Mailbox) = (postgres.Result, redis.Result, rabbitMq.Result, mailbox.Result);
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new IAsyncDisposable?[] { Mailbox, RabbitMq, Redis, Postgres })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        TryDelete(_dataDirectory);
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A server's last files may still be closing; the folder is under /tmp and holds no secrets of value.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "servers";
}
