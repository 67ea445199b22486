using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Gateway;

/// <summary>Errors the gateway answers with itself, before or instead of a service.</summary>
internal static class GatewayErrors
{
    public static readonly ApiError RequestTooLarge = new(
        StatusCodes.Status413PayloadTooLarge,
        "request.too-large",
        "The request body is larger than the gateway accepts.");

    public static readonly ApiError UpstreamUnavailable = new(
        StatusCodes.Status502BadGateway,
        "upstream.unavailable",
        "The service behind the gateway is unavailable.");

    public static readonly ApiError UpstreamTimeout = new(
        StatusCodes.Status504GatewayTimeout,
        "upstream.timeout",
        "The service behind the gateway did not answer in time.");
}
