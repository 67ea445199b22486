using System.Net;
using System.Net.Http.Json;

namespace Blackspace.Tests.Gateway;

public sealed class GatewayRoutingTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("POST", "/connect/token", "auth", "/connect/token")]
    [InlineData("GET", "/.well-known/jwks.json", "auth", "/.well-known/jwks.json")]
    [InlineData("GET", "/.well-known/openid-configuration", "auth", "/.well-known/openid-configuration")]
    [InlineData("POST", "/api/auth/invitations", "auth", "/api/auth/invitations")]
    [InlineData("GET", "/api/auth/me", "auth", "/api/auth/me")]
    [InlineData("GET", "/api/email/deliveries/42", "email", "/api/email/deliveries/42")]
    [InlineData("GET", "/openapi/auth.json", "auth", "/openapi/v1.json")]
    [InlineData("GET", "/openapi/email.json", "email", "/openapi/v1.json")]
    public async Task Public_path_reaches_its_service_at_the_expected_path(
        string method,
        string publicPath,
        string service,
        string servicePath)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), publicPath);

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<UpstreamEcho>();
        Assert.NotNull(echo);
        Assert.Equal(service, echo.Service);
        Assert.Equal(method, echo.Method);
        Assert.Equal(servicePath, echo.Path);
    }

    [Fact]
    public async Task Query_string_and_body_reach_the_service_unchanged()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = "ada@example.test",
        });

        using var response = await gateway.Client.PostAsync("/connect/token?scope=openid%20offline_access", form);

        var echo = await response.Content.ReadFromJsonAsync<UpstreamEcho>();
        Assert.NotNull(echo);
        Assert.Equal("?scope=openid%20offline_access", echo.Query);
        Assert.Equal("grant_type=password&username=ada%40example.test", echo.Body);
        Assert.StartsWith("application/x-www-form-urlencoded", echo.Headers["Content-Type"]);
    }

    [Fact]
    public async Task Error_answer_from_a_service_reaches_the_client_as_the_service_wrote_it()
    {
        using var response = await gateway.Client.GetAsync("/api/auth/missing");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "invitation.not-found");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/unknown/things")]
    [InlineData("/api/authx/me")]
    [InlineData("/openapi/other.json")]
    public async Task Path_without_a_route_is_a_404_problem(string path)
    {
        var servedBefore = gateway.Auth.RequestCount + gateway.Email.RequestCount;

        using var response = await gateway.Client.GetAsync(path);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "route.not-found");
        Assert.Equal(servedBefore, gateway.Auth.RequestCount + gateway.Email.RequestCount);
    }

    [Fact]
    public async Task Gateway_answers_its_own_liveness_probe()
    {
        using var response = await gateway.Client.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
