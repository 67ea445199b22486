using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.Auth.Accounts;
using Blackspace.Auth.Security;
using Blackspace.Contracts.Email;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Tests.Auth;

[Collection(ServersCollection.Name)]
public sealed class SignUpWalkTests(ServersFixture servers, AuthServiceFixture auth)
    : IClassFixture<AuthServiceFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => auth.StartAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Invited_person_signs_up_confirms_and_signs_in()
    {
        var email = AuthServiceFactory.NewAddress();
        var (invitationId, invitationToken) = await auth.InviteAsync(email);

        using var signUp = await auth.Service.SignUpAsync(invitationToken, email, AuthServiceFactory.StrongPassword);
        Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);

        using var beforeConfirmation = await auth.Service.RequestPasswordTokenAsync(
            email, AuthServiceFactory.StrongPassword);
        await ProblemResponse.AssertAsync(beforeConfirmation, HttpStatusCode.BadRequest, "account.unconfirmed");

        using var confirm = await auth.Service.ConfirmAsync(await auth.ConfirmationTokenAsync(email));
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);

        var tokens = await auth.Service.SignInAsync(email, AuthServiceFactory.StrongPassword);
        using var client = auth.Service.CreateClient(tokens.AccessToken);
        var me = await client.GetFromJsonAsync<MeResponse>("/api/auth/me");
        Assert.Equal(email, me!.Email);
        Assert.Empty(me.Roles);

        await using var db = auth.Service.OpenDatabase();
        var invitation = await db.Invitations.SingleAsync(i => i.Id == invitationId);
        Assert.Equal(me.Id, invitation.AccountId);
        Assert.NotNull(invitation.UsedAt);
    }

    [Fact]
    public async Task Invitation_email_links_to_the_sign_up_page_with_the_token_in_the_fragment()
    {
        var email = AuthServiceFactory.NewAddress();
        var expiresAt = DateTimeOffset.UtcNow.AddDays(3);

        await auth.Service.InviteAsync(email, expiresAt);
        var request = await auth.Emails.WaitForAsync(email, EmailTemplates.Invitation, TimeSpan.FromSeconds(20));

        Assert.StartsWith($"{AuthServiceFactory.PublicBaseUrl}/sign-up#token=", request.Values["link"]);
        Assert.DoesNotContain("?", request.Values["link"]);
        Assert.Equal(expiresAt, DateTimeOffset.Parse(request.Values["expiresAt"], null), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Only_the_token_hash_is_stored()
    {
        var email = AuthServiceFactory.NewAddress();
        var (id, token) = await auth.InviteAsync(email);

        await using var db = auth.Service.OpenDatabase();
        var invitation = await db.Invitations.SingleAsync(i => i.Id == id);
        Assert.Equal(32, invitation.TokenHash.Length);
        Assert.True(OpaqueToken.TryHash(token, out var hash));
        Assert.Equal(hash, invitation.TokenHash);
        Assert.True(token.Length >= 43, "A token carries at least 256 bits.");
    }

    [Fact]
    public async Task Administrator_sees_their_identity_and_role()
    {
        using var admin = await auth.Service.CreateAdministratorClientAsync();

        var me = await admin.GetFromJsonAsync<MeResponse>("/api/auth/me");

        Assert.Equal(AuthServiceFactory.AdminEmail, me!.Email);
        Assert.Equal([Roles.Administrator], me.Roles);
    }

    [Fact]
    public async Task Discovery_and_key_set_are_published_with_the_configured_issuer()
    {
        using var client = auth.Service.CreateClient();

        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var keys = await client.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");

        Assert.Equal(AuthServiceFactory.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.EndsWith("/.well-known/jwks.json", discovery.GetProperty("jwks_uri").GetString());
        var key = Assert.Single(keys.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        Assert.False(key.TryGetProperty("d", out _), "The key set must not publish the private key.");
    }

    [Fact]
    public async Task Discovery_behind_the_gateway_advertises_the_gateways_address()
    {
        using var client = auth.Service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "platform.example.test");

        using var response = await client.SendAsync(request);
        var discovery = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(
            "https://platform.example.test/connect/token", discovery.GetProperty("token_endpoint").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_rest_endpoints()
    {
        using var client = auth.Service.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/auth/sign-up", document);
        Assert.Contains("/api/auth/invitations", document);
        Assert.Contains("/api/auth/confirm-email", document);
        Assert.Contains("/api/auth/me", document);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer()
    {
        using var client = auth.Service.CreateClient();

        using var alive = await client.GetAsync("/alive");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
