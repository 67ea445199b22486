using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// A token endpoint refusal as ProblemDetails with our stable code, plus the OAuth 2.0 "error" and
/// "error_description" members so that standard OAuth clients understand it as well.
/// </summary>
public static class OAuthProblem
{
    public const string ErrorKey = "error";
    public const string ErrorDescriptionKey = "error_description";

    public static ProblemHttpResult From(ApiError error, string oauthError, string? detail = null) =>
        TypedResults.Problem(
            statusCode: error.Status,
            title: error.Title,
            detail: detail,
            extensions: new Dictionary<string, object?>
            {
                [ApiError.CodeKey] = error.Code,
                [ErrorKey] = oauthError,
                [ErrorDescriptionKey] = detail ?? error.Title,
            });

    /// <summary>Our error for an OAuth error that OpenIddict raised before our handler ran.</summary>
    public static ApiError ForOAuthError(string? oauthError) => oauthError switch
    {
        "invalid_grant" or "invalid_token" => SignInErrors.InvalidToken,
        "unsupported_grant_type" => SignInErrors.UnsupportedGrant,
        "invalid_scope" => SignInErrors.InvalidScope,
        "invalid_client" or "unauthorized_client" => SignInErrors.InvalidClient,
        _ => CommonErrors.InvalidRequest,
    };
}
