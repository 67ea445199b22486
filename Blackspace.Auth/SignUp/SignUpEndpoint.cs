using Microsoft.AspNetCore.Http.HttpResults;

namespace Blackspace.Auth.SignUp;

public static class SignUpEndpoint
{
    public static RouteGroupBuilder MapSignUpEndpoint(this RouteGroupBuilder group)
    {
        group.MapPost("/sign-up", SignUpAsync)
            .AllowAnonymous()
            .WithTags("Sign-up")
            .WithName("SignUp")
            .WithSummary("Creates an unconfirmed account from an invitation and emails a confirmation link.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> SignUpAsync(
        SignUpRequest request,
        SignUpHandler handler,
        CancellationToken cancellationToken)
    {
        var (error, detail) = await handler.SignUpAsync(request, cancellationToken);
        return error is null ? TypedResults.Accepted((string?)null) : error.ToProblem(detail);
    }
}
