namespace Blackspace.Auth.Invitations;

/// <param name="Email">The address to invite.</param>
/// <param name="ExpiresAt">When the invitation stops working; the configured lifetime when left out.</param>
public sealed record CreateInvitationRequest(string? Email, DateTimeOffset? ExpiresAt);
