using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Blackspace.Tests.Gateway;

public sealed class UpstreamFailureTests
{
    [Fact]
    public async Task Request_to_a_service_that_is_down_is_a_502_problem()
    {
        await using var email = await UpstreamServer.StartAsync("email");
        await using var factory = new GatewayFactory(
            GatewayFactory.Discovering(UpstreamServer.UnusedAddress(), email.Address));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/auth/sign-up", JsonBody("{}"));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadGateway, "upstream.unavailable");
    }

    [Fact]
    public async Task Service_that_answers_too_slowly_is_a_504_problem()
    {
        await using var auth = await UpstreamServer.StartAsync("auth");
        await using var email = await UpstreamServer.StartAsync("email", app => app.MapGet(
            "/api/email/slow",
            async (CancellationToken aborted) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), aborted);
                return "too late";
            }));
        var settings = GatewayFactory.Discovering(auth.Address, email.Address);
        settings["ReverseProxy:Clusters:email:HttpRequest:ActivityTimeout"] = "00:00:01";
        await using var factory = new GatewayFactory(settings);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/email/slow");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.GatewayTimeout, "upstream.timeout");
    }

    [Fact]
    public async Task Failed_post_is_sent_to_the_service_only_once()
    {
        await using var auth = await UpstreamServer.StartAsync("auth", app => app.MapPost(
            "/api/auth/sign-up",
            () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable)));
        await using var email = await UpstreamServer.StartAsync("email");
        await using var factory = new GatewayFactory(GatewayFactory.Discovering(auth.Address, email.Address));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/auth/sign-up", JsonBody("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, auth.RequestCount);
    }

    [Fact]
    public async Task Destination_set_in_configuration_wins_over_service_discovery()
    {
        await using var auth = await UpstreamServer.StartAsync("auth");
        await using var email = await UpstreamServer.StartAsync("email");
        await using var factory = new GatewayFactory(new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:auth:Destinations:auth:Address"] = auth.Address.ToString(),
            ["ReverseProxy:Clusters:email:Destinations:email:Address"] = email.Address.ToString(),
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, auth.RequestCount);
    }

    private static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
