namespace Blackspace.Auth.EmailConfirmation;

/// <summary>A pending proof that an account's owner reads its address; only the token's hash is kept.</summary>
public sealed class Confirmation
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public uint Version { get; set; }
}
