using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Blackspace.Tests.EndToEnd;

/// <summary>The first complete path through the platform, through the Gateway only.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class GatewayWalkTests(PlatformFixture platform)
{
    private static readonly TimeSpan s_mailTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Invited_person_signs_up_confirms_and_signs_in_through_the_gateway()
    {
        var person = $"person-{Guid.NewGuid():N}@example.test";
        const string Password = "correct horse battery staple 42!";

        var adminToken = await SignInAsync(PlatformFixture.AdminEmail, platform.AdminPassword);
        using (var invite = new HttpRequestMessage(HttpMethod.Post, "/api/auth/invitations"))
        {
            invite.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
            invite.Content = JsonContent.Create(new { email = person });
            using var invited = await platform.Gateway.SendAsync(invite);
            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        }

        var invitationToken = await ReadTokenFromMailAsync(person, "invit", "/sign-up#token=");
        using (var signUp = await platform.Gateway.PostAsJsonAsync(
            "/api/auth/sign-up", new { invitationToken, email = person, password = Password }))
        {
            Assert.Equal(HttpStatusCode.Accepted, signUp.StatusCode);
        }

        var confirmationToken = await ReadTokenFromMailAsync(person, "confirm", "/confirm-email#token=");
        using (var confirm = await platform.Gateway.PostAsJsonAsync(
            "/api/auth/confirm-email", new { token = confirmationToken }))
        {
            Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        }

        var personToken = await SignInAsync(person, Password);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", personToken);
        using var answer = await platform.Gateway.SendAsync(me);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var identity = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(person, identity.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Gateway_publishes_the_signing_keys_and_the_auth_api_document()
    {
        var jwks = await platform.Gateway.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        var key = Assert.Single(
            jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("use").GetString() == "sig");
        Assert.Equal("RSA", key.GetProperty("kty").GetString());

        var openApi = await platform.Gateway.GetFromJsonAsync<JsonElement>("/openapi/auth.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/auth/sign-up", out _));
    }

    private async Task<string> SignInAsync(string email, string password)
    {
        using var response = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(
        [
            new("grant_type", "password"),
            new("username", email),
            new("password", password),
            new("scope", "openid offline_access"),
        ]));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Sign-in of {email} failed: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.TryGetProperty("refresh_token", out _), "No refresh token was issued.");
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<string> ReadTokenFromMailAsync(string to, string subject, string route)
    {
        var message = await platform.Mailbox.WaitForMessageAsync(to, subject, s_mailTimeout);
        var text = await platform.Mailbox.GetPlainTextAsync(message.Id);
        var match = LinkToken().Match(text);
        Assert.True(match.Success, $"No link with a token in the mail '{message.Subject}'.");
        Assert.Contains(route, match.Value, StringComparison.Ordinal);
        return Uri.UnescapeDataString(match.Groups["token"].Value);
    }

    [GeneratedRegex(@"https?://\S+?#token=(?<token>[A-Za-z0-9_\-%.~]+)")]
    private static partial Regex LinkToken();
}
