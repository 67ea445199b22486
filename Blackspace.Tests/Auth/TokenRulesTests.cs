using System.Security.Cryptography;
using Blackspace.Auth.EmailConfirmation;
using Blackspace.Auth.Security;
using Blackspace.Auth.Tokens;

namespace Blackspace.Tests.Auth;

public sealed class TokenRulesTests
{
    [Fact]
    public void Opaque_token_carries_256_random_bits_and_its_hash()
    {
        var first = OpaqueToken.Create();
        var second = OpaqueToken.Create();

        Assert.NotEqual(first.Value, second.Value);
        Assert.Equal(43, first.Value.Length);
        Assert.True(OpaqueToken.TryHash(first.Value, out var hash));
        Assert.Equal(first.Hash, hash);
        Assert.Equal(SHA256.HashSizeInBytes, hash.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("too-short")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public void Text_that_cannot_be_a_token_has_no_hash(string? value)
    {
        Assert.False(OpaqueToken.TryHash(value, out var hash));
        Assert.Empty(hash);
    }

    [Fact]
    public void Password_sign_in_succeeds_only_for_a_confirmed_unlocked_account_with_the_right_password()
    {
        var error = SignInRules.CheckPassword(
            accountExists: true, lockedOut: false, passwordValid: true, emailConfirmed: true);

        Assert.Null(error);
    }

    [Fact]
    public void Unknown_account_and_wrong_password_look_the_same()
    {
        var unknown = SignInRules.CheckPassword(false, false, false, false);
        var wrong = SignInRules.CheckPassword(true, false, false, true);

        Assert.Equal(SignInErrors.InvalidCredentials, unknown);
        Assert.Equal(unknown, wrong);
    }

    [Fact]
    public void Lockout_is_reported_before_the_password_is_judged()
    {
        var error = SignInRules.CheckPassword(true, lockedOut: true, passwordValid: false, emailConfirmed: true);

        Assert.Equal(SignInErrors.LockedOut, error);
    }

    [Fact]
    public void Unconfirmed_address_is_revealed_only_with_the_right_password()
    {
        var rightPassword = SignInRules.CheckPassword(true, false, passwordValid: true, emailConfirmed: false);
        var wrongPassword = SignInRules.CheckPassword(true, false, passwordValid: false, emailConfirmed: false);

        Assert.Equal(SignInErrors.Unconfirmed, rightPassword);
        Assert.Equal(SignInErrors.InvalidCredentials, wrongPassword);
    }

    [Fact]
    public void Refresh_needs_an_existing_unlocked_confirmed_account()
    {
        Assert.Null(SignInRules.CheckRefresh(accountExists: true, lockedOut: false, emailConfirmed: true));
        Assert.Equal(SignInErrors.InvalidToken, SignInRules.CheckRefresh(false, false, false));
        Assert.Equal(SignInErrors.LockedOut, SignInRules.CheckRefresh(true, true, true));
        Assert.Equal(SignInErrors.Unconfirmed, SignInRules.CheckRefresh(true, false, false));
    }

    [Theory]
    [InlineData("invalid_grant", "token.invalid")]
    [InlineData("invalid_token", "token.invalid")]
    [InlineData("unsupported_grant_type", "grant.unsupported")]
    [InlineData("invalid_scope", "scope.invalid")]
    [InlineData("invalid_client", "client.invalid")]
    [InlineData("invalid_request", "request.invalid")]
    [InlineData(null, "request.invalid")]
    public void OAuth_errors_map_to_stable_codes(string? oauthError, string code)
    {
        Assert.Equal(code, OAuthProblem.ForOAuthError(oauthError).Code);
    }

    [Fact]
    public void Confirmation_is_refused_once_used_or_expired()
    {
        var now = DateTimeOffset.UtcNow;
        var confirmation = new Confirmation { TokenHash = new byte[32], ExpiresAt = now.AddHours(1) };

        Assert.Null(ConfirmationErrors.Check(confirmation, now));
        Assert.Equal(ConfirmationErrors.Expired, ConfirmationErrors.Check(confirmation, now.AddHours(1)));
        confirmation.ConfirmedAt = now;
        Assert.Equal(ConfirmationErrors.Used, ConfirmationErrors.Check(confirmation, now.AddHours(2)));
    }
}
