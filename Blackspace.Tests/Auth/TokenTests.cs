using System.Net;
using System.Text.Json;
using Blackspace.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Blackspace.Tests.Auth;

[Collection(ServersCollection.Name)]
public sealed class TokenTests(ServersFixture servers, AuthServiceFixture auth)
    : IClassFixture<AuthServiceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => auth.StartAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Access_token_is_a_short_lived_RS256_jwt_for_the_configured_issuer()
    {
        var tokens = await auth.Service.SignInAsync(AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);

        var jwt = new JsonWebTokenHandler().ReadJsonWebToken(tokens.AccessToken);

        Assert.Equal("RS256", jwt.Alg);
        Assert.Equal(AuthServiceFactory.Issuer, jwt.Issuer);
        Assert.Contains("blackspace", jwt.Audiences);
        Assert.Contains(jwt.Claims, c => c.Type == "role" && c.Value == "administrator");
        Assert.InRange(tokens.ExpiresIn, 60, 15 * 60);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
    }

    [Fact]
    public async Task Wrong_password_is_refused_without_saying_whether_the_account_exists()
    {
        const string guess = "nope-nope-nope";

        using var wrongPassword = await auth.Service.RequestPasswordTokenAsync(AuthServiceFactory.AdminEmail, guess);
        using var unknownAccount = await auth.Service.RequestPasswordTokenAsync(AuthServiceFactory.NewAddress(), guess);

        var first = await ProblemResponse.AssertAsync(
            wrongPassword, HttpStatusCode.BadRequest, "credentials.invalid");
        var second = await ProblemResponse.AssertAsync(
            unknownAccount, HttpStatusCode.BadRequest, "credentials.invalid");
        Assert.Equal("invalid_grant", first.GetProperty("error").GetString());
        Assert.Equal(first.GetProperty("title").GetString(), second.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Account_is_locked_after_repeated_wrong_passwords()
    {
        var email = await auth.CreateConfirmedAccountAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await auth.Service.RequestPasswordTokenAsync(email, "wrong-password-guess");
            await ProblemResponse.AssertAsync(wrong, HttpStatusCode.BadRequest, "credentials.invalid");
        }

        using var right = await auth.Service.RequestPasswordTokenAsync(email, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(right, HttpStatusCode.BadRequest, "account.locked-out");
    }

    [Fact]
    public async Task Missing_credentials_are_refused()
    {
        using var response = await auth.Service.RequestPasswordTokenAsync(AuthServiceFactory.AdminEmail, "");

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task Refresh_token_is_rotated_and_cannot_be_used_twice()
    {
        var tokens = await auth.Service.SignInAsync(AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);

        var refreshed = await RefreshAsync(tokens.RefreshToken);
        using var reuse = await PostRefreshAsync(tokens.RefreshToken);

        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);
        await ProblemResponse.AssertAsync(reuse, HttpStatusCode.BadRequest, "token.invalid");
    }

    [Fact]
    public async Task Reusing_a_refresh_token_revokes_its_successor()
    {
        var tokens = await auth.Service.SignInAsync(AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);
        var refreshed = await RefreshAsync(tokens.RefreshToken);
        using var reuse = await PostRefreshAsync(tokens.RefreshToken);

        using var successor = await PostRefreshAsync(refreshed.RefreshToken);

        await ProblemResponse.AssertAsync(successor, HttpStatusCode.BadRequest, "token.invalid");
    }

    [Fact]
    public async Task Parallel_redemptions_of_one_refresh_token_succeed_at_most_once_and_revoke_the_chain()
    {
        const int rounds = 4;
        const int racers = 5;
        for (var round = 0; round < rounds; round++)
        {
            var tokens = await auth.Service.SignInAsync(
                AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);

            var responses = await Task.WhenAll(
                Enumerable.Range(0, racers).Select(_ => PostRefreshAsync(tokens.RefreshToken)));

            var winners = new List<TokenResponse>();
            foreach (var response in responses)
            {
                using (response)
                {
                    if (response.IsSuccessStatusCode)
                    {
                        winners.Add(JsonSerializer.Deserialize<TokenResponse>(
                            await response.Content.ReadAsStringAsync())!);
                    }
                    else
                    {
                        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "token.invalid");
                    }
                }
            }

            Assert.True(winners.Count <= 1, $"Round {round}: {winners.Count} of {racers} refreshes succeeded.");
            foreach (var winner in winners)
            {
                // The losers revealed that the token was replayed, so whatever the winner got is dead too.
                using var successor = await PostRefreshAsync(winner.RefreshToken);
                await ProblemResponse.AssertAsync(successor, HttpStatusCode.BadRequest, "token.invalid");
            }
        }
    }

    [Fact]
    public async Task Garbage_refresh_token_is_refused()
    {
        using var response = await PostRefreshAsync("garbage");

        var problem = await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "token.invalid");
        Assert.Equal("invalid_grant", problem.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unsupported_grant_type_is_refused()
    {
        using var client = auth.Service.CreateClient();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "client_credentials" }));

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "grant.unsupported");
    }

    [Fact]
    public async Task Tampered_access_token_is_refused()
    {
        var tokens = await auth.Service.SignInAsync(AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);
        var parts = tokens.AccessToken.Split('.');
        var tampered = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";
        using var client = auth.Service.CreateClient(tampered);

        using var response = await client.GetAsync("/api/auth/me");

        await ProblemResponse.AssertAsync(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [Fact]
    public async Task Me_requires_a_token()
    {
        using var client = auth.Service.CreateClient();

        using var response = await client.GetAsync("/api/auth/me");

        await ProblemResponse.AssertAsync(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    private async Task<HttpResponseMessage> PostRefreshAsync(string refreshToken)
    {
        using var client = auth.Service.CreateClient();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }));
    }

    private async Task<TokenResponse> RefreshAsync(string refreshToken)
    {
        using var response = await PostRefreshAsync(refreshToken);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonSerializer.Deserialize<TokenResponse>(body)!;
    }
}
