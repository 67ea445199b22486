using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// Hands the stored keys to OpenIddict. The server reads its options on first use, after start-up created the
/// keys, and OpenIddict's own checks run later, as post-configuration.
/// </summary>
public sealed class StoredKeysConfiguration(TokenKeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.SigningCredentials.Add(
            new SigningCredentials(keys.Load(TokenKeyPurposes.Signing), SecurityAlgorithms.RsaSha256));

        // Refresh tokens are encrypted; access tokens are plain signed JWTs that other services can read.
        options.EncryptionCredentials.Add(new EncryptingCredentials(
            keys.Load(TokenKeyPurposes.Encryption),
            SecurityAlgorithms.RsaOAEP,
            SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
