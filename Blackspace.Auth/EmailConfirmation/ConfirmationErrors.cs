using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.EmailConfirmation;

public static class ConfirmationErrors
{
    public static readonly ApiError Unknown =
        new(StatusCodes.Status400BadRequest, "confirmation.unknown", "The confirmation token is not valid.");

    public static readonly ApiError Expired =
        new(StatusCodes.Status400BadRequest, "confirmation.expired", "The confirmation token has expired.");

    public static readonly ApiError Used =
        new(StatusCodes.Status409Conflict, "confirmation.used", "The confirmation token has already been used.");

    /// <summary>Use is final, so it outranks expiry; null when the confirmation may proceed.</summary>
    public static ApiError? Check(Confirmation confirmation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmation);

        return confirmation.ConfirmedAt is not null ? Used
            : now >= confirmation.ExpiresAt ? Expired
            : null;
    }
}
