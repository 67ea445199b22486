using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Blackspace.ServiceDefaults.Problems;

/// <summary>
/// Answers requests that ASP.NET Core could not bind (malformed JSON, a missing body, a bad route value) with a
/// ProblemDetails 400 carrying <see cref="CommonErrors.MalformedRequest"/>.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var error = CommonErrors.MalformedRequest;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = error.Title,
                // The framework's message names our parameter and type names, which mean nothing to a client.
                Detail = "The body is missing or is not valid JSON of the expected shape.",
                Extensions = { [ApiError.CodeKey] = error.Code },
            },
        });
    }
}
