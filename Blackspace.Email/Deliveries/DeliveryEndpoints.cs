using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Blackspace.Email.Deliveries;

/// <summary>
/// Delivery status over REST, under <c>/internal/</c>: the Gateway does not route it, because it has no
/// authorization yet (it is meant for administrators), so only callers inside the platform reach it.
/// </summary>
public static class DeliveryEndpoints
{
    public static readonly ApiError NotFound =
        new(StatusCodes.Status404NotFound, "delivery.not-found", "No delivery is recorded for this request.");

    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapGet("/internal/email/deliveries/{requestId:guid}", GetDeliveryAsync)
            .WithName("GetDelivery")
            .ExcludeFromDescription();

        return endpoints;
    }

    private static async Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> GetDeliveryAsync(
        Guid requestId,
        DeliveryStore deliveries,
        CancellationToken ct)
    {
        var delivery = await deliveries.FindAsync(requestId, ct);
        return delivery is null
            ? NotFound.ToProblem()
            : TypedResults.Ok(DeliveryResponse.From(delivery));
    }
}
