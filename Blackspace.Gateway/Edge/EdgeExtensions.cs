using Blackspace.ServiceDefaults.Configuration;

namespace Blackspace.Gateway.Edge;

internal static class EdgeExtensions
{
    /// <summary>Registers the edge settings, validated at start-up, and keeps Kestrel from naming itself.</summary>
    public static WebApplicationBuilder AddGatewayEdge(this WebApplicationBuilder builder)
    {
        builder.AddValidatedOptions<GatewayOptions>(GatewayOptions.SectionName);

        // The server's name helps an attacker pick exploits and tells a client nothing it needs.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        return builder;
    }

    /// <summary>Applies the edge policies to every request, before any routing decision.</summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
