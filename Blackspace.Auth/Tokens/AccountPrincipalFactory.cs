using System.Security.Claims;
using Blackspace.Auth.Accounts;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Blackspace.Auth.Tokens;

/// <summary>Builds the identity that OpenIddict turns into an access token and a refresh token.</summary>
public sealed class AccountPrincipalFactory(UserManager<Account> users)
{
    /// <summary>The audience of every access token; services that accept our tokens check it.</summary>
    public const string Audience = "blackspace";

    public async Task<ClaimsPrincipal> CreateAsync(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);

        var identity = new ClaimsIdentity(
            authenticationType: "Blackspace.Auth",
            nameType: Claims.Name,
            roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id.ToString())
            .SetClaim(Claims.Email, account.Email)
            .SetClaim(Claims.Name, account.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(account)]);

        // Refresh tokens are part of the public API, so offline access is granted whether or not it was asked for.
        identity.SetScopes(Scopes.OpenId, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess);
        identity.SetResources(Audience);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);

        return new ClaimsPrincipal(identity);
    }
}
