using System.Buffers.Text;
using System.Security.Cryptography;

namespace Blackspace.Auth.Security;

/// <summary>
/// A random single-use secret that travels in an email link. The database keeps only its SHA-256 hash: a token
/// has 256 bits of entropy, so an unsalted fast hash is enough and lets us look the token up by hash.
/// </summary>
public sealed record OpaqueToken(string Value, byte[] Hash)
{
    public const int ByteLength = 32;

    public static OpaqueToken Create()
    {
        var bytes = RandomNumberGenerator.GetBytes(ByteLength);
        return new OpaqueToken(Base64Url.EncodeToString(bytes), SHA256.HashData(bytes));
    }

    /// <summary>Hashes a token a client sent; false when it cannot be one of ours, so no lookup is needed.</summary>
    public static bool TryHash(string? value, out byte[] hash)
    {
        hash = [];
        if (string.IsNullOrEmpty(value)
            || !Base64Url.IsValid(value.AsSpan(), out var length)
            || length != ByteLength)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[ByteLength];
        Base64Url.DecodeFromChars(value, bytes);
        hash = SHA256.HashData(bytes);
        return true;
    }
}
