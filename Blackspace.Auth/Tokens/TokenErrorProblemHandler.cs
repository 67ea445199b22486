using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Blackspace.Auth.Tokens;

/// <summary>
/// Rewrites the errors OpenIddict raises itself at the token endpoint (a bad, expired or reused refresh token, an
/// unsupported grant) as ProblemDetails with our stable codes, keeping the OAuth members beside them.
/// </summary>
public sealed class TokenErrorProblemHandler(IProblemDetailsService problems)
    : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    private static readonly int s_jsonResponseOrder =
        OpenIddictServerAspNetCoreHandlers.ProcessJsonResponse<ApplyTokenResponseContext>.Descriptor.Order;

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<TokenErrorProblemHandler>()
            // After OpenIddict chose the status code, before it writes its own JSON body.
            .SetOrder(s_jsonResponseOrder - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var oauthError = context.Response.Error;
        var httpContext = context.Transaction.GetHttpRequest()?.HttpContext;
        if (string.IsNullOrEmpty(oauthError) || httpContext is null)
        {
            return;
        }

        var error = OAuthProblem.ForOAuthError(oauthError);
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = error.Title,
                Detail = context.Response.ErrorDescription,
                Extensions =
                {
                    [ApiError.CodeKey] = error.Code,
                    [OAuthProblem.ErrorKey] = oauthError,
                    [OAuthProblem.ErrorDescriptionKey] = context.Response.ErrorDescription,
                },
            },
        });
        if (written)
        {
            context.HandleRequest();
        }
    }
}
