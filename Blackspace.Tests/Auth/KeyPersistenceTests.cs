using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.Auth.Accounts;
using Blackspace.Tests.Infrastructure;

namespace Blackspace.Tests.Auth;

/// <summary>
/// Keys and the Data Protection key ring live in authdb, so a second instance (or the same one after a restart)
/// accepts what the first issued.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class KeyPersistenceTests(ServersFixture servers)
{
    [Fact]
    public async Task Token_issued_by_one_instance_is_accepted_by_another_on_the_same_database()
    {
        await using var first = await AuthServiceFactory.StartAsync(servers);
        var tokens = await first.SignInAsync(AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);
        await using var second = await AuthServiceFactory.StartAsync(servers, first.DatabaseConnectionString);

        using var client = second.CreateClient(tokens.AccessToken);
        var me = await client.GetFromJsonAsync<MeResponse>("/api/auth/me");
        using var anonymous = second.CreateClient();
        using var refresh = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = tokens.RefreshToken,
            }));

        Assert.Equal(AuthServiceFactory.AdminEmail, me!.Email);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task Instances_on_the_same_database_publish_the_same_key_set()
    {
        await using var first = await AuthServiceFactory.StartAsync(servers);
        await using var second = await AuthServiceFactory.StartAsync(servers, first.DatabaseConnectionString);

        var firstKeys = await first.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");
        var secondKeys = await second.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");

        Assert.Equal(firstKeys.GetRawText(), secondKeys.GetRawText());
    }

    [Fact]
    public async Task Instances_on_different_databases_do_not_accept_each_others_tokens()
    {
        await using var first = await AuthServiceFactory.StartAsync(servers);
        await using var other = await AuthServiceFactory.StartAsync(servers);
        var tokens = await first.SignInAsync(AuthServiceFactory.AdminEmail, AuthServiceFactory.AdminPassword);

        using var client = other.CreateClient(tokens.AccessToken);
        using var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
