using System.Security.Claims;
using Blackspace.Auth.Accounts;
using Blackspace.Auth.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Blackspace.Auth.Invitations;

public static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitationEndpoints(this RouteGroupBuilder group)
    {
        var invitations = group.MapGroup("/invitations")
            .RequireAuthorization(AuthPolicies.Administrator)
            .WithTags("Invitations")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        invitations.MapPost("/", CreateAsync)
            .WithName("CreateInvitation")
            .WithSummary("Invites an address to sign up and emails it a link.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        invitations.MapGet("/{id:guid}", GetAsync)
            .WithName("GetInvitation")
            .WithSummary("An invitation and its status: valid, expired, revoked or used.");
        invitations.MapDelete("/{id:guid}", RevokeAsync)
            .WithName("RevokeInvitation")
            .WithSummary("Revokes an invitation that has not been used.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Created<InvitationResponse>, ProblemHttpResult>> CreateAsync(
        CreateInvitationRequest request,
        ClaimsPrincipal user,
        InvitationHandler handler,
        CancellationToken cancellationToken)
    {
        var (invitation, error) = await handler.CreateAsync(request, user.GetAccountId(), cancellationToken);
        return error is not null
            ? error.ToProblem()
            : TypedResults.Created($"/api/auth/invitations/{invitation!.Id}", invitation);
    }

    private static async Task<Results<Ok<InvitationResponse>, ProblemHttpResult>> GetAsync(
        Guid id,
        InvitationHandler handler,
        CancellationToken cancellationToken)
    {
        var invitation = await handler.FindAsync(id, cancellationToken);
        return invitation is null ? InvitationErrors.NotFound.ToProblem() : TypedResults.Ok(invitation);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id,
        ClaimsPrincipal user,
        InvitationHandler handler,
        CancellationToken cancellationToken)
    {
        var error = await handler.RevokeAsync(id, user.GetAccountId(), cancellationToken);
        return error is null ? TypedResults.NoContent() : error.ToProblem();
    }
}
