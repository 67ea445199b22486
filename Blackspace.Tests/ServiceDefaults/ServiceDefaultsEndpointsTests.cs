using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.ServiceDefaults;
using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blackspace.Tests.ServiceDefaults;

/// <summary>What every service gets from AddServiceDefaults and MapDefaultEndpoints, on a minimal host.</summary>
public sealed class ServiceDefaultsEndpointsTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317";
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks()
            .AddCheck("dependency", () => HealthCheckResult.Unhealthy("The dependency is down."));

        _app = builder.Build();
        _app.UseServiceDefaults();
        _app.MapDefaultEndpoints();
        _app.MapPost("/echo", (EchoRequest request) => TypedResults.Ok(request));
        _app.MapGet("/conflict", () => new ApiError(StatusCodes.Status409Conflict, "sample.conflict", "Conflict.")
            .ToProblem("It clashed."));
        _app.MapGet("/boom", IResult () => throw new InvalidOperationException("Not for clients."));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Liveness_ignores_dependencies_but_readiness_does_not()
    {
        using var alive = await _client.GetAsync(ServiceDefaultsExtensions.AlivePath);
        using var health = await _client.GetAsync(ServiceDefaultsExtensions.HealthPath);

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task Metrics_are_exposed_for_prometheus()
    {
        using var warmUp = await _client.GetAsync(ServiceDefaultsExtensions.AlivePath);
        var metrics = await _client.GetStringAsync(ServiceDefaultsExtensions.MetricsPath);

        Assert.Contains("# TYPE", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_with_a_stable_code()
    {
        using var content = new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/echo", content);

        var problem = await ReadProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(CommonErrors.MalformedRequest.Code, problem.GetProperty("code").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task Unknown_route_is_a_not_found_problem()
    {
        using var response = await _client.GetAsync("/nowhere");

        var problem = await ReadProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("route.not-found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Api_errors_keep_their_own_code()
    {
        using var response = await _client.GetAsync("/conflict");

        var problem = await ReadProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("sample.conflict", problem.GetProperty("code").GetString());
        Assert.Equal("It clashed.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unexpected_failures_are_a_problem_without_the_exception_message()
    {
        using var response = await _client.GetAsync("/boom");

        var problem = await ReadProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.Equal(CommonErrors.Unexpected.Code, problem.GetProperty("code").GetString());
        Assert.DoesNotContain("Not for clients", problem.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public sealed record EchoRequest(string Name);
}
