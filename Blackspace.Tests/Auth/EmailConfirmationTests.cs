using System.Net;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Tests.Auth;

[Collection(ServersCollection.Name)]
public sealed class EmailConfirmationTests(ServersFixture servers, AuthServiceFixture auth)
    : IClassFixture<AuthServiceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => auth.StartAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Confirmation_link_cannot_be_used_twice()
    {
        var token = await SignUpAsync(AuthServiceFactory.NewAddress());
        using var first = await auth.Service.ConfirmAsync(token);

        using var second = await auth.Service.ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        await ProblemResponse.AssertAsync(second, HttpStatusCode.Conflict, "confirmation.used");
    }

    [Fact]
    public async Task Expired_confirmation_is_refused_and_the_address_stays_unconfirmed()
    {
        var email = AuthServiceFactory.NewAddress();
        var token = await SignUpAsync(email);
        await using (var db = auth.Service.OpenDatabase())
        {
            await db.Confirmations
                .Where(c => db.Users.Any(u => u.Id == c.AccountId && u.Email == email))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var response = await auth.Service.ConfirmAsync(token);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "confirmation.expired");
        await using var check = auth.Service.OpenDatabase();
        Assert.False((await check.Users.SingleAsync(u => u.Email == email)).EmailConfirmed);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unknown_confirmation_token_is_refused(string token)
    {
        using var response = await auth.Service.ConfirmAsync(token);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "confirmation.unknown");
    }

    [Fact]
    public async Task Missing_confirmation_token_is_refused()
    {
        using var response = await auth.Service.ConfirmAsync(null);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "request.invalid");
    }

    private async Task<string> SignUpAsync(string email)
    {
        var (_, invitationToken) = await auth.InviteAsync(email);
        using var signUp = await auth.Service.SignUpAsync(invitationToken, email, AuthServiceFactory.StrongPassword);
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        return await auth.ConfirmationTokenAsync(email);
    }
}
