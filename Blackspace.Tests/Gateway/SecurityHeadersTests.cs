namespace Blackspace.Tests.Gateway;

public sealed class SecurityHeadersTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/api/email/deliveries")]
    [InlineData("/no/such/route")]
    [InlineData("/alive")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await gateway.Client.GetAsync(path);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Gateway_policy_replaces_a_weaker_header_sent_by_a_service()
    {
        using var response = await gateway.Client.GetAsync("/api/auth/framed");

        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/api/auth/me")]
    [InlineData("/alive")]
    public async Task Response_does_not_name_the_server_software(string path)
    {
        using var response = await gateway.Client.GetAsync(path);

        Assert.Empty(response.Headers.Server);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["no-referrer"], response.Headers.GetValues("Referrer-Policy"));
        Assert.Equal(["frame-ancestors 'none'"], response.Headers.GetValues("Content-Security-Policy"));
    }
}
