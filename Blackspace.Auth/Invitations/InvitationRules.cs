using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.Invitations;

/// <summary>The decisions about invitations, kept free of storage so they can be tested on their own.</summary>
public static class InvitationRules
{
    /// <summary>No invitation outlives this, whatever an administrator asks for.</summary>
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(90);

    /// <summary>
    /// The expiry of a new invitation: the requested one when it lies in the future and within
    /// <see cref="MaximumLifetime"/>, the default lifetime when none was asked for, null when the request is invalid.
    /// </summary>
    public static DateTimeOffset? ResolveExpiry(DateTimeOffset? requested, DateTimeOffset now, TimeSpan defaultLifetime)
    {
        if (requested is null)
        {
            return now + defaultLifetime;
        }

        return requested > now && requested <= now + MaximumLifetime ? requested : null;
    }

    /// <summary>
    /// Whether <paramref name="invitation"/> lets the owner of <paramref name="normalizedEmail"/> sign up now;
    /// null when it does. The state is checked before the address, so a used invitation always reads as used.
    /// </summary>
    public static ApiError? CheckSignUp(Invitation invitation, string normalizedEmail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);

        var stateError = InvitationErrors.ForSignUp(invitation.StatusAt(now));
        if (stateError is not null)
        {
            return stateError;
        }

        return string.Equals(invitation.NormalizedEmail, normalizedEmail, StringComparison.Ordinal)
            ? null
            : InvitationErrors.EmailMismatch;
    }
}
