using Blackspace.Auth.Accounts;
using Blackspace.Auth.Persistence;
using Blackspace.Auth.Tokens;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Auth.Startup;

public static class AuthDatabaseInitializer
{
    /// <summary>
    /// Applies the migrations, creates the token keys and the first administrator. Runs before the host starts,
    /// so nothing (Data Protection, Wolverine, a request) touches authdb before its schema exists.
    /// </summary>
    public static async Task InitializeAuthDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            // EF Core takes a database lock while migrating, so instances starting together take turns.
            await scope.ServiceProvider.GetRequiredService<AuthDbContext>().Database.MigrateAsync();
        }

        await app.Services.GetRequiredService<TokenKeyStore>().EnsureKeysAsync(CancellationToken.None);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AdministratorBootstrapper>().EnsureAdministratorAsync();
        }
    }
}
