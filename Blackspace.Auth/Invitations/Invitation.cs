namespace Blackspace.Auth.Invitations;

/// <summary>
/// An administrator's offer to one address to sign up. Only the SHA-256 hash of the token is kept, so a leaked
/// database does not hand out working invitations.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    public required string Email { get; set; }

    /// <summary>The address as Identity normalizes it, so comparisons ignore case the same way accounts do.</summary>
    public required string NormalizedEmail { get; set; }

    public required byte[] TokenHash { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public Guid? AccountId { get; set; }

    /// <summary>PostgreSQL's row version: two sign-ups racing for one invitation cannot both win.</summary>
    public uint Version { get; set; }

    /// <summary>Revocation and use are final, so they outrank expiry.</summary>
    public InvitationStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationStatus.Revoked
        : UsedAt is not null ? InvitationStatus.Used
        : now >= ExpiresAt ? InvitationStatus.Expired
        : InvitationStatus.Valid;

    public void MarkUsed(Guid accountId, DateTimeOffset now)
    {
        UsedAt = now;
        AccountId = accountId;
    }
}
