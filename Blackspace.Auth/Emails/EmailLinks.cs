using Blackspace.Auth.Configuration;
using Microsoft.Extensions.Options;

namespace Blackspace.Auth.Emails;

/// <summary>
/// Builds the front-end links that emails carry. The token rides in the fragment, which browsers never send to
/// a server, so no proxy or access log sees it.
/// </summary>
public sealed class EmailLinks(IOptions<AuthOptions> options)
{
    public string SignUp(string token) => Build("sign-up", token);

    public string ConfirmEmail(string token) => Build("confirm-email", token);

    private string Build(string route, string token)
    {
        var baseUrl = options.Value.PublicBaseUrl!.ToString().TrimEnd('/');
        return $"{baseUrl}/{route}#token={Uri.EscapeDataString(token)}";
    }
}
