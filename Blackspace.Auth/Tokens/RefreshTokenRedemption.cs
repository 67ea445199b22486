using System.Security.Claims;
using OpenIddict.Abstractions;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// Marks a presented refresh token redeemed before new tokens are issued for it. OpenIddict ignores a failed
/// redemption of a refresh token (to tolerate parallel refreshes), so without this every one of several
/// simultaneous requests with one token would succeed; the store's concurrency token lets exactly one win here.
/// </summary>
public sealed partial class RefreshTokenRedemption(
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    ILogger<RefreshTokenRedemption> logger)
{
    /// <summary>True when this request redeemed the token; false revokes the token's whole chain.</summary>
    public async Task<bool> TryRedeemAsync(ClaimsPrincipal refreshToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refreshToken);

        var tokenId = refreshToken.GetTokenId();
        var token = string.IsNullOrEmpty(tokenId) ? null : await tokens.FindByIdAsync(tokenId, cancellationToken);
        if (token is null)
        {
            // Every refresh token we issue is stored, so one without an entry is not ours to honour.
            return false;
        }

        if (await tokens.TryRedeemAsync(token, cancellationToken))
        {
            return true;
        }

        // Another request redeemed the same token at the same moment: a replay, so nobody keeps the chain.
        var authorizationId = refreshToken.GetAuthorizationId();
        if (!string.IsNullOrEmpty(authorizationId))
        {
            await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
            if (await authorizations.FindByIdAsync(authorizationId, cancellationToken) is { } authorization)
            {
                await authorizations.TryRevokeAsync(authorization, cancellationToken);
            }
        }

        LogReplayed(authorizationId);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "A refresh token was redeemed twice at once; authorization {AuthorizationId} is revoked")]
    private partial void LogReplayed(string? authorizationId);
}
