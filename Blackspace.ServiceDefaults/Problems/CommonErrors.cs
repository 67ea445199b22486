using Microsoft.AspNetCore.Http;

namespace Blackspace.ServiceDefaults.Problems;

/// <summary>Errors every service can answer with.</summary>
public static class CommonErrors
{
    /// <summary>The request body or parameters could not be read.</summary>
    public static readonly ApiError MalformedRequest =
        new(StatusCodes.Status400BadRequest, "request.malformed", "The request could not be read.");

    /// <summary>The request was read but a field is missing or invalid.</summary>
    public static readonly ApiError InvalidRequest =
        new(StatusCodes.Status400BadRequest, "request.invalid", "The request has invalid fields.");

    /// <summary>Something failed on our side.</summary>
    public static readonly ApiError Unexpected =
        new(StatusCodes.Status500InternalServerError, "server.unexpected", "An unexpected error occurred.");
}
