using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.Accounts;

public static class AccountErrors
{
    public static readonly ApiError Gone =
        new(StatusCodes.Status401Unauthorized, "account.not-found", "The account behind this token no longer exists.");
}
