using RabbitMQ.Client;

namespace Blackspace.AppHost.Local;

/// <summary>
/// The one AMQP connection a RabbitMQ health check reuses; replaced when the broker closed it, so that a broker
/// restart shows as unhealthy and then healthy again.
/// </summary>
internal sealed class RabbitMqProbeConnection(Func<string> connectionString) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<IConnection> GetAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_connection is { IsOpen: true })
            {
                return _connection;
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
            }

            // Recovery is left to this class: a recovering connection would answer "closed" for a while anyway.
            var factory = new ConnectionFactory
            {
                Uri = new Uri(connectionString()),
                AutomaticRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            };
            _connection = await factory.CreateConnectionAsync().ConfigureAwait(false);
            return _connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
