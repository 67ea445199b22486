using System.Globalization;
using StackExchange.Redis;

namespace Blackspace.Tests.Infrastructure;

public sealed class RedisServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly string _password = Secrets.New();

    private RedisServer(string dataDirectory)
    {
        Port = Ports.Next();
        _process = new ServerProcess("redis", "redis.sh", new Dictionary<string, string>
        {
            ["BS_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
            ["BS_DATA_DIR"] = dataDirectory,
            ["BS_PASSWORD"] = _password,
        });
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},password={_password}";

    public static async Task<RedisServer> StartAsync(string dataDirectory)
    {
        var server = new RedisServer(dataDirectory);
        server._process.Start();
        await server._process.WaitUntilReadyAsync(async _ =>
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
            await connection.GetDatabase().PingAsync();
            return true;
        }, TimeSpan.FromSeconds(30));
        return server;
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
