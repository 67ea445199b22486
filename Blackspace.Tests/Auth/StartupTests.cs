using Blackspace.Auth.Accounts;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Blackspace.Tests.Auth;

[Collection(ServersCollection.Name)]
public sealed class StartupTests(ServersFixture servers)
{
    [Fact]
    public async Task Missing_administrator_email_stops_the_start_naming_the_variable()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => AuthServiceFactory.StartAsync(
            servers, change: settings => settings.Remove("Auth:Admin:Email")));

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Contains("Auth__Admin__Email", validation.Message);
    }

    [Fact]
    public async Task Weak_administrator_password_stops_the_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => AuthServiceFactory.StartAsync(
            servers, change: settings => settings["Auth:Admin:Password"] = "aaaaaaaaaaaaaaaaaaa"));

        Assert.Contains("Auth__Admin__Password", Unwrap(error).Message);
    }

    [Fact]
    public async Task Administrator_password_longer_than_128_characters_stops_the_start()
    {
        // Random hex is strong by every other rule, so only its length can refuse it.
        var overlong = string.Concat(Enumerable.Range(0, 5).Select(_ => Guid.NewGuid().ToString("N")))[..129];

        var error = await Assert.ThrowsAnyAsync<Exception>(() => AuthServiceFactory.StartAsync(
            servers, change: settings => settings["Auth:Admin:Password"] = overlong));

        Assert.Contains("128 characters", Unwrap(error).Message);
    }

    [Fact]
    public async Task Existing_administrator_is_kept_when_the_configured_one_changes()
    {
        await using var first = await AuthServiceFactory.StartAsync(servers);
        await using var second = await AuthServiceFactory.StartAsync(
            servers,
            first.DatabaseConnectionString,
            change: settings => settings["Auth:Admin:Email"] = "someone-else@blackspace.test");

        await using var db = second.OpenDatabase();
        var administrators = await (
            from account in db.Users
            join membership in db.UserRoles on account.Id equals membership.UserId
            join role in db.Roles on membership.RoleId equals role.Id
            where role.Name == Roles.Administrator
            select account.Email).ToListAsync();
        Assert.Equal([AuthServiceFactory.AdminEmail], administrators);
    }

    private static Exception Unwrap(Exception error)
    {
        while (error is AggregateException or InvalidOperationException { InnerException: not null }
            && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error;
    }
}
