using Npgsql;

namespace Blackspace.Tests.Infrastructure;

[Collection(ServersCollection.Name)]
public sealed class ServersFixtureTests(ServersFixture servers)
{
    [Fact]
    public async Task Each_new_database_is_empty_and_reachable()
    {
        var connectionString = await servers.Postgres.CreateDatabaseAsync("fixture");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from information_schema.tables where table_schema = 'public'", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }
}
