using Microsoft.AspNetCore.Http.HttpResults;

namespace Blackspace.Auth.EmailConfirmation;

public static class ConfirmEmailEndpoint
{
    public static RouteGroupBuilder MapConfirmEmailEndpoint(this RouteGroupBuilder group)
    {
        group.MapPost("/confirm-email", ConfirmAsync)
            .AllowAnonymous()
            .WithTags("Email confirmation")
            .WithName("ConfirmEmail")
            .WithSummary("Confirms the address with the token from the confirmation email.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ConfirmAsync(
        ConfirmEmailRequest request,
        ConfirmEmailHandler handler,
        CancellationToken cancellationToken)
    {
        var error = await handler.ConfirmAsync(request, cancellationToken);
        return error is null ? TypedResults.NoContent() : error.ToProblem();
    }
}
