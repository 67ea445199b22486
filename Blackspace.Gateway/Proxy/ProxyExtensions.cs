namespace Blackspace.Gateway.Proxy;

internal static class ProxyExtensions
{
    private const string SectionName = "ReverseProxy";

    /// <summary>
    /// Registers the reverse proxy with routes and clusters from the "ReverseProxy" configuration section;
    /// destination addresses such as http://auth are resolved through service discovery.
    /// </summary>
    public static WebApplicationBuilder AddGatewayProxy(this WebApplicationBuilder builder)
    {
        // The forwarder sends each request once: POSTs are not safe to repeat, and its client is not one of the
        // IHttpClientFactory clients that get the standard resilience handler, so nothing here retries.
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection(SectionName))
            .AddServiceDiscoveryDestinationResolver();

        return builder;
    }

    /// <summary>
    /// Maps the proxied routes. Paths no route matches get the shared 404 ProblemDetails from ServiceDefaults.
    /// </summary>
    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<UpstreamProblemMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });

        return app;
    }
}
