using Blackspace.Auth.Configuration;
using Blackspace.Auth.SignUp;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Blackspace.Auth.Accounts;

/// <summary>
/// Makes sure someone can administer a fresh installation: when no administrator exists, the account named by
/// <c>Auth__Admin__Email</c> becomes one, created confirmed with <c>Auth__Admin__Password</c> if it is missing.
/// </summary>
public sealed partial class AdministratorBootstrapper(
    UserManager<Account> users,
    RoleManager<IdentityRole<Guid>> roles,
    PasswordStrength passwordStrength,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<AdministratorBootstrapper> logger)
{
    public async Task EnsureAdministratorAsync()
    {
        await EnsureRoleAsync();
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var admin = options.Value.Admin;
        var account = await users.FindByEmailAsync(admin.Email!);
        if (account is null)
        {
            account = new Account
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                UserName = admin.Email,
                Email = admin.Email,
                EmailConfirmed = true,
                CreatedAt = clock.GetUtcNow(),
            };
            // The same strength rules as for everyone else; the reasons name the broken rule, never the password.
            var weaknesses = await passwordStrength.CheckAsync(account, admin.Password!);
            var created = weaknesses.Count == 0 ? await users.CreateAsync(account, admin.Password!) : null;
            if (created?.Succeeded != true)
            {
                var reasons = created?.Errors.Select(e => e.Description) ?? weaknesses;
                throw new InvalidOperationException(
                    "Cannot create the first administrator from Auth__Admin__Email and Auth__Admin__Password: "
                    + string.Join(" ", reasons));
            }
        }

        var added = await users.AddToRoleAsync(account, Roles.Administrator);
        if (!added.Succeeded && added.Errors.All(e => e.Code != "UserAlreadyInRole"))
        {
            throw new InvalidOperationException(
                "Cannot make Auth__Admin__Email an administrator: "
                + string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        LogBootstrapped(account.Id);
    }

    private async Task EnsureRoleAsync()
    {
        if (!await roles.RoleExistsAsync(Roles.Administrator))
        {
            var created = await roles.CreateAsync(new IdentityRole<Guid>(Roles.Administrator)
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
            });
            if (!created.Succeeded && created.Errors.All(e => e.Code != "DuplicateRoleName"))
            {
                throw new InvalidOperationException(
                    "Cannot create the administrator role: "
                    + string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator existed; account {AccountId} is now one")]
    private partial void LogBootstrapped(Guid accountId);
}
