namespace Blackspace.Auth.Invitations;

public enum InvitationStatus
{
    Valid,
    Expired,
    Revoked,
    Used,
}
