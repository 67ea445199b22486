using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Tests.Auth;

/// <summary>Tokens follow the account: what happens to it after sign-in decides what its tokens still do.</summary>
[Collection(ServersCollection.Name)]
public sealed class AccountStateTests(ServersFixture servers, AuthServiceFixture auth)
    : IClassFixture<AuthServiceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => auth.StartAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Refresh_is_refused_once_the_account_is_locked()
    {
        var email = await auth.CreateConfirmedAccountAsync();
        var tokens = await auth.Service.SignInAsync(email, AuthServiceFactory.StrongPassword);
        await UpdateAccountAsync(email, lockedUntil: DateTimeOffset.UtcNow.AddHours(1));

        using var response = await RefreshAsync(tokens.RefreshToken);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "account.locked-out");
    }

    [Fact]
    public async Task Tokens_of_a_deleted_account_grant_nothing()
    {
        var email = await auth.CreateConfirmedAccountAsync();
        var tokens = await auth.Service.SignInAsync(email, AuthServiceFactory.StrongPassword);
        await using (var db = auth.Service.OpenDatabase())
        {
            await db.Users.Where(u => u.Email == email).ExecuteDeleteAsync();
        }

        using var client = auth.Service.CreateClient(tokens.AccessToken);
        using var me = await client.GetAsync("/api/auth/me");
        using var refresh = await RefreshAsync(tokens.RefreshToken);

        await ProblemResponse.AssertAsync(me, HttpStatusCode.Unauthorized, "account.not-found");
        await ProblemResponse.AssertAsync(refresh, HttpStatusCode.BadRequest, "token.invalid");
    }

    [Fact]
    public async Task Racing_sign_ups_with_one_invitation_create_one_account()
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(
            _ => auth.Service.SignUpAsync(token, email, AuthServiceFactory.StrongPassword)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Accepted))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var code = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
            Assert.Contains(code, new[] { "invitation.used", "account.exists" });
        }

        await using var db = auth.Service.OpenDatabase();
        var account = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal(account.Id, (await db.Invitations.SingleAsync(i => i.Id == id)).AccountId);
        Assert.Equal(1, await db.Confirmations.CountAsync(c => c.AccountId == account.Id));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private async Task UpdateAccountAsync(string email, DateTimeOffset lockedUntil)
    {
        await using var db = auth.Service.OpenDatabase();
        await db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, lockedUntil));
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = auth.Service.CreateClient();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }));
    }
}
