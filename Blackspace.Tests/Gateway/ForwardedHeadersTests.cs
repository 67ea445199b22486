using System.Net.Http.Json;

namespace Blackspace.Tests.Gateway;

public sealed class ForwardedHeadersTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Service_learns_the_client_address_scheme_and_public_host()
    {
        var echo = await GetEchoAsync(new HttpRequestMessage(HttpMethod.Get, "/api/auth/me"));

        var publicHost = gateway.Client.BaseAddress!.Authority;
        Assert.Equal("127.0.0.1", echo.Headers["X-Forwarded-For"]);
        Assert.Equal("http", echo.Headers["X-Forwarded-Proto"]);
        Assert.Equal(publicHost, echo.Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task Client_cannot_claim_another_address_through_forwarded_headers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        var echo = await GetEchoAsync(request);

        Assert.Equal("127.0.0.1", echo.Headers["X-Forwarded-For"]);
        Assert.Equal(gateway.Client.BaseAddress!.Authority, echo.Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task Service_is_addressed_by_its_own_host_name()
    {
        var echo = await GetEchoAsync(new HttpRequestMessage(HttpMethod.Get, "/api/email/deliveries"));

        Assert.Equal(gateway.Email.Address.Authority, echo.Headers["Host"]);
    }

    private async Task<UpstreamEcho> GetEchoAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await gateway.Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var echo = await response.Content.ReadFromJsonAsync<UpstreamEcho>();
            return echo ?? throw new InvalidOperationException("The upstream sent no echo.");
        }
    }
}
