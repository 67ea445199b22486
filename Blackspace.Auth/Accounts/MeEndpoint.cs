using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Blackspace.Auth.Accounts;

public static class MeEndpoint
{
    public static RouteGroupBuilder MapMeEndpoint(this RouteGroupBuilder group)
    {
        group.MapGet("/me", GetAsync)
            .RequireAuthorization()
            .WithName("GetMe")
            .WithSummary("The caller's account: id, email address and roles.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    /// <summary>Read from the database, not the token, so a role taken away shows at once.</summary>
    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal user,
        UserManager<Account> users)
    {
        var account = await users.FindByIdAsync(user.GetAccountId().ToString());
        if (account is null)
        {
            return AccountErrors.Gone.ToProblem();
        }

        var roles = await users.GetRolesAsync(account);
        return TypedResults.Ok(new MeResponse(account.Id, account.Email!, [.. roles]));
    }
}
