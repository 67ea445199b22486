using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Gateway.Proxy;

/// <summary>
/// Turns the empty error responses of the forwarder (service down, too slow, body cut off) into ProblemDetails
/// with a stable code, so clients never have to guess from a bare status.
/// </summary>
/// <remarks>
/// Nothing is logged here: the forwarder already logs each failure, at Warning when the service is at fault.
/// </remarks>
internal sealed class UpstreamProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        if (context.GetForwarderErrorFeature() is null
            || context.Response.HasStarted
            || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await ErrorFor(context.Response.StatusCode).ToProblem().ExecuteAsync(context);
    }

    // The forwarder has already chosen the status (502 refused, 503 no destination, 504 timed out, 413 or 400 for
    // a body the client sent wrong); keep it and name it.
    private static ApiError ErrorFor(int status) => status switch
    {
        StatusCodes.Status504GatewayTimeout => GatewayErrors.UpstreamTimeout,
        StatusCodes.Status413PayloadTooLarge => GatewayErrors.RequestTooLarge,
        StatusCodes.Status400BadRequest => CommonErrors.MalformedRequest,
        _ => GatewayErrors.UpstreamUnavailable with { Status = status },
    };
}
