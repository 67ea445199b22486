namespace Blackspace.AppHost.Infrastructure;

internal static class ConnectionStringCapture
{
    /// <summary>
    /// Remembers the resource's connection string once Aspire has resolved it, for health checks, whose
    /// factories are synchronous.
    /// </summary>
    public static Func<string> CaptureConnectionString<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString
    {
        string? connectionString = null;
        builder.OnConnectionStringAvailable(async (resource, _, cancellationToken) =>
            connectionString = await resource.GetConnectionStringAsync(cancellationToken).ConfigureAwait(false));

        var name = builder.Resource.Name;
        return () => connectionString
            ?? throw new InvalidOperationException($"The connection string of '{name}' is not resolved yet.");
    }
}
