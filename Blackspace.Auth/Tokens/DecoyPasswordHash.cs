using System.Security.Cryptography;
using Blackspace.Auth.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// A hash that a password for an unknown address is verified against, so that it costs the same hashing work as
/// a wrong password for a real account and the answer's timing does not tell which addresses have accounts.
/// </summary>
public sealed class DecoyPasswordHash
{
    private static readonly Account s_nobody = new();

    private string? _hash;

    public void Verify(IPasswordHasher<Account> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);

        // Made by the same hasher, so it carries the configured algorithm and iteration count; a race only
        // makes it twice.
        _hash ??= hasher.HashPassword(s_nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(s_nobody, _hash, password);
    }
}
