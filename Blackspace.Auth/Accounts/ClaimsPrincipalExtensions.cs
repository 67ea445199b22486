using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Blackspace.Auth.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The account id from a validated access token's "sub" claim.</summary>
    public static Guid GetAccountId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.GetClaim(Claims.Subject), out var id)
            ? id
            : throw new InvalidOperationException("The authenticated principal has no account id.");
}
