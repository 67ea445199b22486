using System.Text.RegularExpressions;
using Blackspace.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Blackspace.AppHost.Local;

/// <summary>Adds PostgreSQL run from the locally installed binaries.</summary>
public static partial class LocalPostgresBuilderExtensions
{
    /// <summary>
    /// Adds a PostgreSQL server started by <c>scripts/local/postgres.sh</c> on a port chosen at run time, with its
    /// data in <paramref name="dataDirectory"/>; healthy once a real connection succeeds.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The resource name, also the connection string name.</param>
    /// <param name="password">The password of the superuser <c>postgres</c>.</param>
    /// <param name="dataDirectory">A private folder, created on first use.</param>
    public static IResourceBuilder<LocalPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder,
        [ResourceName] string name,
        IResourceBuilder<ParameterResource> password,
        string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);

        var server = new LocalPostgresServerResource(
            name, LocalScripts.Shell, LocalScripts.RepositoryRoot(builder), password.Resource);
        var postgres = builder.AddResource(server)
            .WithArgs(LocalScripts.PathOf(builder, "postgres.sh"))
            .WithEndpoint(name: LocalPostgresServerResource.PrimaryEndpointName, env: "BS_PORT", isProxied: false)
            .WithEnvironment("BS_DATA_DIR", dataDirectory)
            .WithEnvironment("BS_PASSWORD", password)
            .OnResourceReady((resource, _, cancellationToken) => CreateDatabasesAsync(resource, cancellationToken));

        var connectionString = postgres.CaptureConnectionString();
        var healthCheckKey = $"{name}_check";
        builder.Services.AddHealthChecks()
            .AddNpgSql(_ => Unpooled(connectionString(), "postgres"), name: healthCheckKey);

        return postgres.WithHealthCheck(healthCheckKey);
    }

    /// <summary>
    /// Adds a database that is created on the server once the server is ready; healthy once a real connection
    /// to it succeeds.
    /// </summary>
    /// <param name="builder">The server.</param>
    /// <param name="name">The resource name, also the connection string name.</param>
    /// <param name="databaseName">The database name on the server; defaults to <paramref name="name"/>.</param>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<LocalPostgresServerResource> builder,
        [ResourceName] string name,
        string? databaseName = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        databaseName ??= name;
        if (!DatabaseNamePattern().IsMatch(databaseName))
        {
            throw new ArgumentException(
                $"'{databaseName}' is not a plain database name (letters, digits, underscores).", nameof(databaseName));
        }

        var database = new LocalPostgresDatabaseResource(name, databaseName, builder.Resource);
        builder.Resource.AddDatabase(name, databaseName);
        var resource = builder.ApplicationBuilder.AddResource(database)
            .OnInitializeResource((resource, @event, cancellationToken) =>
            {
                _ = FollowServerStateAsync(resource, @event.Notifications, cancellationToken);
                return Task.CompletedTask;
            });

        var connectionString = resource.CaptureConnectionString();
        var healthCheckKey = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks()
            .AddNpgSql(_ => Unpooled(connectionString(), databaseName), name: healthCheckKey);

        return resource.WithHealthCheck(healthCheckKey);
    }

    // Aspire passes a parent's state on to its child resources for containers only; without a state of its own,
    // a database would never be health-checked and whatever waits for it would wait forever.
    private static async Task FollowServerStateAsync(
        LocalPostgresDatabaseResource database,
        ResourceNotificationService notifications,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(cancellationToken).ConfigureAwait(false))
            {
                if (change.Resource != database.Parent)
                {
                    continue;
                }

                var server = change.Snapshot;
                await notifications.PublishUpdateAsync(database, state => state with
                {
                    State = server.State,
                    StartTimeStamp = server.StartTimeStamp,
                    StopTimeStamp = server.StopTimeStamp,
                }).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping.
        }
    }

    private static async Task CreateDatabasesAsync(
        LocalPostgresServerResource server, CancellationToken cancellationToken)
    {
        var connectionString = await server.ConnectionStringExpression.GetValueAsync(cancellationToken)
            .ConfigureAwait(false);
        await using var connection = new NpgsqlConnection(Unpooled(connectionString!, "postgres"));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        foreach (var databaseName in server.Databases.Values)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = databaseName } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            // The name is a plain identifier (checked in AddDatabase), so quoting it is enough.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Probes must not pool: PostgreSQL's SIGTERM shutdown waits for every open client connection.
    private static string Unpooled(string connectionString, string databaseName) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = databaseName, Pooling = false }
            .ConnectionString;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex DatabaseNamePattern();
}
