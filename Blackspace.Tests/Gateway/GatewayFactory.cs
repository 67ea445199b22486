using Blackspace.Gateway;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Blackspace.Tests.Gateway;

/// <summary>
/// The real Gateway on Kestrel (a real socket, so the client address and scheme are what a browser would give),
/// with configuration overridden the way the AppHost overrides it through environment variables.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<GatewayApi>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public GatewayFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    /// <summary>Settings that send the "auth" and "email" services to the given servers, as Aspire does.</summary>
    public static Dictionary<string, string?> Discovering(Uri auth, Uri email) => new()
    {
        ["services:auth:http:0"] = auth.ToString(),
        ["services:email:http:0"] = email.ToString(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
