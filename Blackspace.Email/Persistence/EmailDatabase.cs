using Microsoft.EntityFrameworkCore;

namespace Blackspace.Email.Persistence;

/// <summary>Brings <c>emaildb</c> up to the current schema before the service takes requests.</summary>
public static class EmailDatabase
{
    public static async Task MigrateEmailDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmailDbContext>();
        await db.Database.MigrateAsync(ct);
    }
}
