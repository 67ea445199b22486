using Blackspace.Auth.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Blackspace.Tests.Auth;

/// <summary>Identity's hasher, counting verifications so that a test can see whether a password was hashed.</summary>
public sealed class CountingPasswordHasher(IOptions<PasswordHasherOptions> options, PasswordHashCount count)
    : IPasswordHasher<Account>
{
    private readonly PasswordHasher<Account> _inner = new(options);

    public string HashPassword(Account user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
    {
        count.Increment();
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
