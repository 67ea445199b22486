using Blackspace.Email.Persistence;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Tests.Email;

/// <summary>A new, migrated Email database on the shared PostgreSQL server, for tests below the host.</summary>
public static class EmailDatabaseScope
{
    public static async Task<DbContextOptions<EmailDbContext>> CreateAsync(ServersFixture servers)
    {
        var options = new DbContextOptionsBuilder<EmailDbContext>()
            .UseNpgsql(await servers.Postgres.CreateDatabaseAsync("email_store"))
            .Options;
        await using var db = new EmailDbContext(options);
        await db.Database.MigrateAsync();
        return options;
    }
}
