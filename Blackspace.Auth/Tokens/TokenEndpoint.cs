using Blackspace.Auth.Accounts;
using Blackspace.Auth.SignUp;
using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// The application half of <c>POST /connect/token</c>: OpenIddict parses and validates the OAuth request (and the
/// refresh token), then hands it here to decide who the caller is.
/// </summary>
public static partial class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ExchangeAsync)
            .ExcludeFromDescription()
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ExchangeAsync(
        HttpContext context,
        UserManager<Account> users,
        AccountPrincipalFactory principals,
        DecoyPasswordHash decoy,
        RefreshTokenRedemption redemption,
        ILoggerFactory loggerFactory)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        var logger = loggerFactory.CreateLogger(typeof(TokenEndpoint));

        if (request.IsPasswordGrantType())
        {
            return await SignInWithPasswordAsync(request, users, principals, decoy, logger);
        }

        if (request.IsRefreshTokenGrantType())
        {
            return await RefreshAsync(context, users, principals, redemption, logger);
        }

        // OpenIddict rejects grant types that are not enabled before we get here.
        return OAuthProblem.From(SignInErrors.UnsupportedGrant, Errors.UnsupportedGrantType);
    }

    private static async Task<IResult> SignInWithPasswordAsync(
        OpenIddictRequest request,
        UserManager<Account> users,
        AccountPrincipalFactory principals,
        DecoyPasswordHash decoy,
        ILogger logger)
    {
        if (string.IsNullOrEmpty(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return OAuthProblem.From(
                CommonErrors.InvalidRequest,
                Errors.InvalidRequest,
                "username and password are required.");
        }

        // Sign-up refuses passwords this long, so none is right, and hashing one is work an attacker would want.
        if (PasswordStrength.IsTooLong(request.Password))
        {
            LogRefused(logger, null, SignInErrors.InvalidCredentials.Code);
            return OAuthProblem.From(SignInErrors.InvalidCredentials, Errors.InvalidGrant);
        }

        var account = await users.FindByEmailAsync(request.Username);
        if (account is null)
        {
            // The same hashing work as for a real account, so the answer's timing does not reveal which exist.
            decoy.Verify(users.PasswordHasher, request.Password);
        }

        var lockedOut = account is not null && await users.IsLockedOutAsync(account);
        var passwordValid = account is not null
            && !lockedOut
            && await users.CheckPasswordAsync(account, request.Password);
        var error = SignInRules.CheckPassword(
            account is not null, lockedOut, passwordValid, account?.EmailConfirmed == true);

        if (account is not null && !lockedOut)
        {
            // Counting failures is what makes lockout work; a success resets the count.
            if (passwordValid)
            {
                await users.ResetAccessFailedCountAsync(account);
            }
            else
            {
                await users.AccessFailedAsync(account);
            }
        }

        if (error is not null)
        {
            LogRefused(logger, account?.Id, error.Code);
            return OAuthProblem.From(error, Errors.InvalidGrant);
        }

        LogSignedIn(logger, account!.Id);
        return TypedResults.SignIn(
            await principals.CreateAsync(account),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> RefreshAsync(
        HttpContext context,
        UserManager<Account> users,
        AccountPrincipalFactory principals,
        RefreshTokenRedemption redemption,
        ILogger logger)
    {
        // OpenIddict already checked the refresh token's signature, expiry and rotation state.
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is null || !await redemption.TryRedeemAsync(result.Principal, context.RequestAborted))
        {
            LogRefused(logger, null, SignInErrors.InvalidToken.Code);
            return OAuthProblem.From(SignInErrors.InvalidToken, Errors.InvalidGrant);
        }

        var subject = result.Principal.GetClaim(Claims.Subject);
        var account = subject is null ? null : await users.FindByIdAsync(subject);
        var lockedOut = account is not null && await users.IsLockedOutAsync(account);
        var error = SignInRules.CheckRefresh(account is not null, lockedOut, account?.EmailConfirmed == true);
        if (error is not null)
        {
            LogRefused(logger, account?.Id, error.Code);
            return OAuthProblem.From(error, Errors.InvalidGrant);
        }

        return TypedResults.SignIn(
            await principals.CreateAsync(account!),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} signed in with a password")]
    private static partial void LogSignedIn(ILogger logger, Guid accountId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token request refused for account {AccountId}: {Code}")]
    private static partial void LogRefused(ILogger logger, Guid? accountId, string code);
}
