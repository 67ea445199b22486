namespace Blackspace.Auth.Invitations;

public sealed record InvitationResponse(Guid Id, string Email, DateTimeOffset ExpiresAt, string Status)
{
    public static InvitationResponse From(Invitation invitation, DateTimeOffset now) =>
        new(
            invitation.Id,
            invitation.Email,
            invitation.ExpiresAt,
            invitation.StatusAt(now).ToString().ToLowerInvariant());
}
