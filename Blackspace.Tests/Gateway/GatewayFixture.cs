using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Blackspace.Tests.Gateway;

/// <summary>One Gateway in front of two healthy upstreams, shared by tests that only read.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public UpstreamServer Auth { get; private set; } = null!;

    public UpstreamServer Email { get; private set; } = null!;

    public GatewayFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Auth = await UpstreamServer.StartAsync("auth", app =>
        {
            app.MapGet("/api/auth/framed", (HttpContext context) =>
            {
                context.Response.Headers.XFrameOptions = "SAMEORIGIN";
                return "framed";
            });
            app.MapGet("/api/auth/missing", () => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["code"] = "invitation.not-found" }));
        });
        Email = await UpstreamServer.StartAsync("email");
        Factory = new GatewayFactory(GatewayFactory.Discovering(Auth.Address, Email.Address));
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Auth.DisposeAsync();
        await Email.DisposeAsync();
    }
}
