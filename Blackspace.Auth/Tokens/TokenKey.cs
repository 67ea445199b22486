namespace Blackspace.Auth.Tokens;

/// <summary>
/// An RSA key of the token server, stored as PKCS#8 protected by the Data Protection key ring that lives in the
/// same database, so every instance and every restart signs and decrypts with the same keys.
/// </summary>
public sealed class TokenKey
{
    public Guid Id { get; set; }

    /// <summary>What the key does: <see cref="TokenKeyPurposes"/>.</summary>
    public required string Purpose { get; set; }

    public required string ProtectedKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
