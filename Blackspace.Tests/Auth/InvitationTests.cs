using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.Tests.Infrastructure;

namespace Blackspace.Tests.Auth;

[Collection(ServersCollection.Name)]
public sealed class InvitationTests(ServersFixture servers, AuthServiceFixture auth)
    : IClassFixture<AuthServiceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => auth.StartAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Invitation_expires_after_seven_days_by_default()
    {
        using var admin = await auth.Service.CreateAdministratorClientAsync();
        var email = AuthServiceFactory.NewAddress();

        using var response = await admin.PostAsJsonAsync("/api/auth/invitations", new { email });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, created.GetProperty("email").GetString());
        Assert.Equal("valid", created.GetProperty("status").GetString());
        var expiresAt = created.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(DateTimeOffset.UtcNow.AddDays(7), expiresAt, TimeSpan.FromMinutes(1));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/auth/invitations/{id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Administrator_reads_an_invitation_and_its_status()
    {
        var (id, _) = await auth.InviteAsync(AuthServiceFactory.NewAddress());
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        var invitation = await admin.GetFromJsonAsync<JsonElement>($"/api/auth/invitations/{id}");
        using var revoke = await admin.DeleteAsync($"/api/auth/invitations/{id}");
        var revoked = await admin.GetFromJsonAsync<JsonElement>($"/api/auth/invitations/{id}");

        Assert.Equal("valid", invitation.GetProperty("status").GetString());
        Assert.Equal("revoked", revoked.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revoking_twice_is_harmless()
    {
        var (id, _) = await auth.InviteAsync(AuthServiceFactory.NewAddress());
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        using var first = await admin.DeleteAsync($"/api/auth/invitations/{id}");
        using var second = await admin.DeleteAsync($"/api/auth/invitations/{id}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
    }

    [Fact]
    public async Task Used_invitation_cannot_be_revoked()
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);
        using var signUp = await auth.Service.SignUpAsync(token, email, AuthServiceFactory.StrongPassword);
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        using var response = await admin.DeleteAsync($"/api/auth/invitations/{id}");

        await ProblemResponse.AssertAsync(response, HttpStatusCode.Conflict, "invitation.used");
    }

    [Fact]
    public async Task Unknown_invitation_id_is_not_found()
    {
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        using var read = await admin.GetAsync($"/api/auth/invitations/{Guid.NewGuid()}");
        using var revoke = await admin.DeleteAsync($"/api/auth/invitations/{Guid.NewGuid()}");

        await ProblemResponse.AssertAsync(read, HttpStatusCode.NotFound, "invitation.not-found");
        await ProblemResponse.AssertAsync(revoke, HttpStatusCode.NotFound, "invitation.not-found");
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Someone <someone@example.test>")]
    [InlineData("")]
    public async Task Invalid_address_is_refused(string email)
    {
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        using var response = await admin.PostAsJsonAsync("/api/auth/invitations", new { email });

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "request.invalid");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(91)]
    public async Task Expiry_in_the_past_or_too_far_ahead_is_refused(int days)
    {
        using var admin = await auth.Service.CreateAdministratorClientAsync();
        var expiresAt = DateTimeOffset.UtcNow.AddDays(days);

        using var response = await admin.PostAsJsonAsync(
            "/api/auth/invitations", new { email = AuthServiceFactory.NewAddress(), expiresAt });

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "invitation.expiry-invalid");
    }

    [Fact]
    public async Task Existing_account_cannot_be_invited()
    {
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        using var response = await admin.PostAsJsonAsync(
            "/api/auth/invitations", new { email = AuthServiceFactory.AdminEmail });

        await ProblemResponse.AssertAsync(response, HttpStatusCode.Conflict, "account.exists");
    }

    [Fact]
    public async Task Person_without_the_administrator_role_cannot_invite()
    {
        var email = await auth.CreateConfirmedAccountAsync();
        var tokens = await auth.Service.SignInAsync(email, AuthServiceFactory.StrongPassword);
        using var client = auth.Service.CreateClient(tokens.AccessToken);

        using var response = await client.PostAsJsonAsync(
            "/api/auth/invitations", new { email = AuthServiceFactory.NewAddress() });

        await ProblemResponse.AssertAsync(response, HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [Fact]
    public async Task Anonymous_caller_cannot_invite()
    {
        using var client = auth.Service.CreateClient();

        using var response = await client.PostAsJsonAsync(
            "/api/auth/invitations", new { email = AuthServiceFactory.NewAddress() });

        await ProblemResponse.AssertAsync(response, HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }
}
