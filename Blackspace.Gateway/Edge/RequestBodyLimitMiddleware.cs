using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Blackspace.Gateway.Edge;

/// <summary>Refuses request bodies larger than <see cref="GatewayOptions.MaxRequestBodySize"/>.</summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<GatewayOptions> options)
{
    private readonly long _limit = options.Value.MaxRequestBodySize;

    public async Task InvokeAsync(HttpContext context)
    {
        // A declared length is refused before a byte reaches a service.
        if (context.Request.ContentLength > _limit)
        {
            await GatewayErrors.RequestTooLarge.ToProblem().ExecuteAsync(context);
            return;
        }

        // A body sent without a length (chunked) is cut off by the server once it passes the same limit.
        var bodySize = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodySize is { IsReadOnly: false })
        {
            bodySize.MaxRequestBodySize = _limit;
        }

        await next(context);
    }
}
