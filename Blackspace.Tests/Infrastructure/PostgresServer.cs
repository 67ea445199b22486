using Npgsql;

namespace Blackspace.Tests.Infrastructure;

/// <summary>A private PostgreSQL server; each test class can ask for its own empty database.</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly string _password = Secrets.New();

    private PostgresServer(string dataDirectory)
    {
        Port = Ports.Next();
        _process = new ServerProcess("postgres", "postgres.sh", new Dictionary<string, string>
        {
            ["BS_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BS_DATA_DIR"] = dataDirectory,
            ["BS_PASSWORD"] = _password,
        });
    }

    public int Port { get; }

    public static async Task<PostgresServer> StartAsync(string dataDirectory)
    {
        var server = new PostgresServer(dataDirectory);
        await server.StartAsync();
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Password = _password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        // PostgreSQL cuts identifiers at 63 bytes; a long prefix must not make two names equal.
        var name = $"{prefix[..Math.Min(prefix.Length, 30)]}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server with a fast shutdown, which does not wait for pooled clients.</summary>
    public Task StopAsync() => _process.StopAsync(interrupt: true);

    public async Task StartAsync()
    {
        _process.Start();
        // Pooling off: a pooled probe connection would hold a later smart shutdown open.
        var probe = ConnectionString("postgres") + ";Pooling=false;Timeout=2";
        await _process.WaitUntilReadyAsync(async ct =>
        {
            await using var connection = new NpgsqlConnection(probe);
            await connection.OpenAsync(ct);
            return true;
        }, TimeSpan.FromSeconds(60));
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
