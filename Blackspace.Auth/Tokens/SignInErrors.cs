using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// Refusals at the token endpoint. All are 400, as OAuth 2.0 requires there, and carry the OAuth "error" too.
/// </summary>
public static class SignInErrors
{
    public static readonly ApiError InvalidCredentials =
        new(StatusCodes.Status400BadRequest, "credentials.invalid", "The email address or password is wrong.");

    public static readonly ApiError Unconfirmed =
        new(StatusCodes.Status400BadRequest, "account.unconfirmed", "The email address is not confirmed yet.");

    public static readonly ApiError LockedOut =
        new(StatusCodes.Status400BadRequest, "account.locked-out", "The account is locked for a while.");

    public static readonly ApiError InvalidToken =
        new(StatusCodes.Status400BadRequest, "token.invalid", "The token is invalid, expired or already used.");

    public static readonly ApiError UnsupportedGrant =
        new(StatusCodes.Status400BadRequest, "grant.unsupported", "The grant type is not supported.");

    public static readonly ApiError InvalidScope =
        new(StatusCodes.Status400BadRequest, "scope.invalid", "A requested scope is not supported.");

    public static readonly ApiError InvalidClient =
        new(StatusCodes.Status400BadRequest, "client.invalid", "The client is not known.");
}
