using System.Security.Cryptography;
using Blackspace.Auth.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// Keeps the token server's RSA keys in authdb. The private keys are protected with Data Protection, whose key
/// ring lives in the same database, so any instance can read them and a stolen table alone is useless.
/// </summary>
public sealed partial class TokenKeyStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    TimeProvider clock,
    ILogger<TokenKeyStore> logger)
{
    private const int KeySize = 2048;
    private static readonly string[] s_purposes = [TokenKeyPurposes.Signing, TokenKeyPurposes.Encryption];

    private readonly IDataProtector _protector = dataProtection.CreateProtector("Blackspace.Auth.TokenKeys");

    /// <summary>Creates whichever key does not exist yet; run once at start, after the migrations.</summary>
    /// <remarks>
    /// Keys never rotate yet: replacing one by hand invalidates every token signed or sealed with it.
    /// </remarks>
    public async Task EnsureKeysAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        foreach (var purpose in s_purposes)
        {
            if (await db.TokenKeys.AnyAsync(k => k.Purpose == purpose, cancellationToken))
            {
                continue;
            }

            using var rsa = RSA.Create(KeySize);
            var key = new TokenKey
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                Purpose = purpose,
                ProtectedKey = _protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
                CreatedAt = clock.GetUtcNow(),
            };
            db.TokenKeys.Add(key);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                LogCreated(purpose, key.Id);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
            {
                // Another instance created it first; its key is the one everybody uses.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The stored key for <paramref name="purpose"/>, with its id as the JWK "kid".</summary>
    public RsaSecurityKey Load(string purpose)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AuthDbContext>();
        var stored = db.TokenKeys.AsNoTracking().SingleOrDefault(k => k.Purpose == purpose)
            ?? throw new InvalidOperationException(
                $"No {purpose} key is stored in authdb; the start-up initializer has not run.");

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(_protector.Unprotect(stored.ProtectedKey)), out _);
        return new RsaSecurityKey(rsa) { KeyId = stored.Id.ToString("N") };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the token {Purpose} key {KeyId}")]
    private partial void LogCreated(string purpose, Guid keyId);
}
