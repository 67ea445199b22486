using Blackspace.Auth.Configuration;
using Blackspace.Auth.Persistence;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Blackspace.Auth.Tokens;

public static class TokenServerExtensions
{
    public const string JwksPath = ".well-known/jwks.json";
    public const string DiscoveryPath = ".well-known/openid-configuration";

    /// <summary>
    /// Adds the OpenIddict token server (password and refresh token grants, rotating refresh tokens, RS256 JWT
    /// access tokens with keys from authdb) and token validation against it for our own endpoints.
    /// </summary>
    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        // Expired token and authorization rows are not pruned yet, so the OpenIddict tables only grow.
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AuthDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(options.Issuer!)
                    .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                    .SetJsonWebKeySetEndpointUris(JwksPath)
                    .SetConfigurationEndpointUris(DiscoveryPath)
                    .AllowPasswordFlow()
                    .AllowRefreshTokenFlow()
                    .AcceptAnonymousClients()
                    .RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess)
                    .SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime)
                    // A redeemed refresh token is dead at once; presenting it again revokes its whole chain.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero)
                    .DisableAccessTokenEncryption()
                    .AddEventHandler(TokenErrorProblemHandler.Descriptor);

                // TLS ends at the Gateway; the issuer above is the public https address.
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(AccountPrincipalFactory.Audience);
                validation.UseAspNetCore();
            });

        builder.Services.AddSingleton<TokenKeyStore>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, StoredKeysConfiguration>();
        builder.Services.AddSingleton<TokenErrorProblemHandler>();
        builder.Services.AddScoped<AccountPrincipalFactory>();
        builder.Services.AddScoped<RefreshTokenRedemption>();
        builder.Services.AddSingleton<DecoyPasswordHash>();

        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Administrator, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .RequireRole(Accounts.Roles.Administrator));

        return builder;
    }
}
