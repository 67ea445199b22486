using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blackspace.ServiceDefaults.Problems;

/// <summary>Registers ProblemDetails responses that carry a stable error code and the trace id.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>
    /// Adds ProblemDetails for every error response and turns unreadable requests into
    /// <see cref="CommonErrors.MalformedRequest"/> instead of a bare 400 or a 500.
    /// </summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var traceId = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions.TryAdd("traceId", traceId);
            if (context.ProblemDetails.Status is int status)
            {
                context.ProblemDetails.Extensions.TryAdd(ApiError.CodeKey, DefaultCode(status));
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        return services;
    }

    private static string DefaultCode(int status) => status switch
    {
        StatusCodes.Status400BadRequest => CommonErrors.MalformedRequest.Code,
        StatusCodes.Status401Unauthorized => "auth.unauthenticated",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "route.not-found",
        StatusCodes.Status405MethodNotAllowed => "route.method-not-allowed",
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported-media-type",
        _ when status >= 500 => CommonErrors.Unexpected.Code,
        _ => $"http.{status}",
    };
}
