using System.Net;

namespace Blackspace.Tests.Gateway;

/// <summary>
/// The services build absolute URLs (OpenID discovery) from the host the Gateway forwards, so the Gateway answers
/// only to the host names it is configured for (AllowedHosts; local names by default).
/// </summary>
public sealed class HostFilteringTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Request_for_an_unknown_host_is_refused_before_it_reaches_a_service()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "evil.example";

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Request_for_a_local_host_name_is_served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alive");
        request.Headers.Host = "localhost";

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
