using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.Invitations;

public static class InvitationErrors
{
    public static readonly ApiError Unknown =
        new(StatusCodes.Status400BadRequest, "invitation.unknown", "The invitation does not exist.");

    public static readonly ApiError Expired =
        new(StatusCodes.Status400BadRequest, "invitation.expired", "The invitation has expired.");

    public static readonly ApiError Revoked =
        new(StatusCodes.Status400BadRequest, "invitation.revoked", "The invitation was revoked.");

    public static readonly ApiError Used =
        new(StatusCodes.Status409Conflict, "invitation.used", "The invitation has already been used.");

    public static readonly ApiError EmailMismatch =
        new(StatusCodes.Status400BadRequest, "invitation.email-mismatch", "The invitation is for another address.");

    public static readonly ApiError NotFound =
        new(StatusCodes.Status404NotFound, "invitation.not-found", "No invitation has this id.");

    public static readonly ApiError InvalidExpiry =
        new(StatusCodes.Status400BadRequest, "invitation.expiry-invalid", "The expiry must lie in the future.");

    public static readonly ApiError AccountExists =
        new(StatusCodes.Status409Conflict, "account.exists", "An account with this address already exists.");

    /// <summary>The sign-up error for an invitation in <paramref name="status"/>; null when it may proceed.</summary>
    public static ApiError? ForSignUp(InvitationStatus status) => status switch
    {
        InvitationStatus.Valid => null,
        InvitationStatus.Expired => Expired,
        InvitationStatus.Revoked => Revoked,
        InvitationStatus.Used => Used,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
