using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.Tokens;

/// <summary>Who may get tokens, kept free of storage so the order of the checks can be tested on its own.</summary>
public static class SignInRules
{
    /// <summary>
    /// The refusal for a password sign-in, null when it succeeds. A locked account is refused before its password
    /// is checked, so guessing gains nothing during the lockout; confirmation is revealed only to the holder of the
    /// right password, so the endpoint does not tell strangers which addresses have unconfirmed accounts.
    /// </summary>
    public static ApiError? CheckPassword(bool accountExists, bool lockedOut, bool passwordValid, bool emailConfirmed)
    {
        if (!accountExists)
        {
            return SignInErrors.InvalidCredentials;
        }

        if (lockedOut)
        {
            return SignInErrors.LockedOut;
        }

        if (!passwordValid)
        {
            return SignInErrors.InvalidCredentials;
        }

        return emailConfirmed ? null : SignInErrors.Unconfirmed;
    }

    /// <summary>
    /// The refusal for a refresh, null when it succeeds: the account behind a refresh token must still exist, be
    /// confirmed and not be locked, or the token no longer grants anything.
    /// </summary>
    public static ApiError? CheckRefresh(bool accountExists, bool lockedOut, bool emailConfirmed) =>
        !accountExists ? SignInErrors.InvalidToken
        : lockedOut ? SignInErrors.LockedOut
        : !emailConfirmed ? SignInErrors.Unconfirmed
        : null;
}
