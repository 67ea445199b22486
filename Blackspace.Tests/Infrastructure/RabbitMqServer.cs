using System.Globalization;
using RabbitMQ.Client;

namespace Blackspace.Tests.Infrastructure;

/// <summary>A private RabbitMQ node. It can be stopped and started again with its queues kept.</summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string User = "blackspace";

    private readonly ServerProcess _process;
    private readonly string _password = Secrets.New();

    private RabbitMqServer(string dataDirectory)
    {
        Port = Ports.Next();
        _process = new ServerProcess("rabbitmq", "rabbitmq.sh", new Dictionary<string, string>
        {
            ["BS_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["BS_DATA_DIR"] = dataDirectory,
            ["BS_USER"] = User,
            ["BS_PASSWORD"] = _password,
            ["BS_DIST_PORT"] = Ports.Next().ToString(CultureInfo.InvariantCulture),
            ["BS_EPMD_PORT"] = Ports.Next().ToString(CultureInfo.InvariantCulture),
        });
    }

    public int Port { get; }

    public string ConnectionString => $"amqp://{User}:{_password}@127.0.0.1:{Port}/";

    public static async Task<RabbitMqServer> StartAsync(string dataDirectory)
    {
        var server = new RabbitMqServer(dataDirectory);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        _process.Start();
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
        // Erlang takes 10 to 20 seconds to load on two cores; allow for a busy machine.
        await _process.WaitUntilReadyAsync(async ct =>
        {
            await using var connection = await factory.CreateConnectionAsync(ct);
            return connection.IsOpen;
        }, TimeSpan.FromSeconds(120));
    }

    public Task StopAsync() => _process.StopAsync();

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
