using Microsoft.Net.Http.Headers;

namespace Blackspace.Gateway.Edge;

/// <summary>Puts the edge's security headers on every response, including those proxied from services.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Applied when the response starts, so they overwrite whatever a service sent instead of doubling it.
        context.Response.OnStarting(
            static state =>
            {
                Apply(((HttpResponse)state).Headers);
                return Task.CompletedTask;
            },
            context.Response);

        return next(context);
    }

    private static void Apply(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";

        // A service's server name would tell an attacker which exploits to try; Kestrel's own is off already.
        headers.Remove(HeaderNames.Server);
    }
}
