using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Blackspace.Tests.ServiceDefaults;

public sealed class DevelopmentProblemTests
{
    [Fact]
    public async Task Development_answers_malformed_json_without_echoing_headers_or_type_names()
    {
        var builder = WebApplication.CreateBuilder(
            new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        app.UseServiceDefaults();
        app.MapPost("/echo", (ServiceDefaultsEndpointsTests.EchoRequest request) => TypedResults.Ok(request));
        await app.StartAsync();
        using var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "secret-access-token");

        using var content = new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/echo", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("request.malformed", problem.GetProperty("code").GetString());
        Assert.DoesNotContain("secret-access-token", problem.GetRawText(), StringComparison.Ordinal);
        var body = problem.GetRawText();
        Assert.DoesNotContain(nameof(ServiceDefaultsEndpointsTests.EchoRequest), body, StringComparison.Ordinal);
    }
}
