using System.Net;
using System.Text;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Tests.Auth;

/// <summary>Every refused sign-up answers with a stable code and leaves the database as it was.</summary>
[Collection(ServersCollection.Name)]
public sealed class SignUpRefusalTests(ServersFixture servers, AuthServiceFixture auth)
    : IClassFixture<AuthServiceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => auth.StartAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Unknown_invitation_is_refused()
    {
        var email = AuthServiceFactory.NewAddress();
        var unknown = Blackspace.Auth.Security.OpaqueToken.Create().Value;

        using var response = await auth.Service.SignUpAsync(unknown, email, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "invitation.unknown");
        await AssertNoAccountAsync(email);
    }

    [Fact]
    public async Task Token_that_cannot_be_ours_is_refused_as_unknown()
    {
        var email = AuthServiceFactory.NewAddress();

        using var response = await auth.Service.SignUpAsync("not-a-token", email, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "invitation.unknown");
    }

    [Fact]
    public async Task Expired_invitation_is_refused()
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);
        await using (var db = auth.Service.OpenDatabase())
        {
            await db.Invitations.Where(i => i.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var response = await auth.Service.SignUpAsync(token, email, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "invitation.expired");
        await AssertNoAccountAsync(email);
        await AssertInvitationUnusedAsync(id);
    }

    [Fact]
    public async Task Revoked_invitation_is_refused()
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);
        using (var admin = await auth.Service.CreateAdministratorClientAsync())
        {
            using var revoke = await admin.DeleteAsync($"/api/auth/invitations/{id}");
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var response = await auth.Service.SignUpAsync(token, email, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "invitation.revoked");
        await AssertNoAccountAsync(email);
    }

    [Fact]
    public async Task Invitation_cannot_be_used_twice()
    {
        var email = AuthServiceFactory.NewAddress();
        var (_, token) = await auth.InviteAsync(email);
        using var first = await auth.Service.SignUpAsync(token, email, AuthServiceFactory.StrongPassword);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var second = await auth.Service.SignUpAsync(token, email, "another-strong-passphrase-42");

        await ProblemResponse.AssertAsync(second, HttpStatusCode.Conflict, "invitation.used");
        await using var db = auth.Service.OpenDatabase();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == email));
        var confirmations = db.Confirmations.Where(c => db.Users.Any(u => u.Id == c.AccountId && u.Email == email));
        Assert.Equal(1, await confirmations.CountAsync());
    }

    [Fact]
    public async Task Invitation_for_another_address_is_refused()
    {
        var invited = AuthServiceFactory.NewAddress();
        var intruder = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(invited);

        using var response = await auth.Service.SignUpAsync(token, intruder, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "invitation.email-mismatch");
        await AssertNoAccountAsync(intruder);
        await AssertInvitationUnusedAsync(id);
    }

    [Fact]
    public async Task Address_matches_the_invitation_whatever_its_case()
    {
        var email = AuthServiceFactory.NewAddress();
        var (_, token) = await auth.InviteAsync(email);

        using var response = await auth.Service.SignUpAsync(
            token, email.ToUpperInvariant(), AuthServiceFactory.StrongPassword);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task Weak_password_is_refused_and_nothing_is_written(string password)
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);

        using var response = await auth.Service.SignUpAsync(token, email, password);

        var problem = await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "password.weak");
        Assert.DoesNotContain(password, problem.GetRawText());
        await AssertNoAccountAsync(email);
        await AssertInvitationUnusedAsync(id);
    }

    [Fact]
    public async Task Password_made_of_the_address_is_refused()
    {
        var email = $"marguerite.vandenberghe-{Guid.NewGuid():N}"[..30] + "@example.test";
        var (_, token) = await auth.InviteAsync(email);

        using var response = await auth.Service.SignUpAsync(token, email, email);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "password.weak");
    }

    [Fact]
    public async Task Second_sign_up_for_an_existing_account_is_refused()
    {
        var email = AuthServiceFactory.NewAddress();
        var (_, firstToken) = await auth.InviteAsync(email);
        var (secondId, secondToken) = await auth.InviteAsync(email);
        using var first = await auth.Service.SignUpAsync(firstToken, email, AuthServiceFactory.StrongPassword);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        using var second = await auth.Service.SignUpAsync(secondToken, email, AuthServiceFactory.StrongPassword);

        await ProblemResponse.AssertAsync(second, HttpStatusCode.Conflict, "account.exists");
        await AssertInvitationUnusedAsync(secondId);
    }

    [Theory]
    [InlineData(129)]
    [InlineData(10_000)]
    public async Task Password_longer_than_128_characters_is_refused_as_too_long(int length)
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);

        using var response = await auth.Service.SignUpAsync(token, email, RandomPassword(length));

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "password.too-long");
        await AssertNoAccountAsync(email);
        await AssertInvitationUnusedAsync(id);
    }

    [Theory]
    [InlineData("{\"invitationToken\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"email\": 42}")]
    public async Task Malformed_json_is_refused(string body)
    {
        using var client = auth.Service.CreateClient();

        using var response = await client.PostAsync(
            "/api/auth/sign-up", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "request.malformed");
    }

    [Fact]
    public async Task Missing_fields_are_refused()
    {
        using var response = await auth.Service.SignUpAsync(null, "not an address", null);

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "request.invalid");
    }

    /// <summary>Random hex, so that only its length can make it unacceptable.</summary>
    private static string RandomPassword(int length) =>
        string.Concat(Enumerable.Range(0, (length / 32) + 1).Select(_ => Guid.NewGuid().ToString("N")))[..length];

    private async Task AssertNoAccountAsync(string email)
    {
        await using var db = auth.Service.OpenDatabase();
        Assert.False(await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
    }

    private async Task AssertInvitationUnusedAsync(Guid id)
    {
        await using var db = auth.Service.OpenDatabase();
        var invitation = await db.Invitations.SingleAsync(i => i.Id == id);
        Assert.Null(invitation.UsedAt);
        Assert.Null(invitation.AccountId);
    }
}
