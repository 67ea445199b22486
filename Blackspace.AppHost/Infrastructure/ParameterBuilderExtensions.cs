namespace Blackspace.AppHost.Infrastructure;

/// <summary>Secret parameters generated when configuration gives none.</summary>
public static class ParameterBuilderExtensions
{
    /// <summary>
    /// Adds a secret parameter with a generated default of letters and digits only, safe inside connection
    /// strings and URIs without escaping.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The parameter name (configuration key <c>Parameters:{name}</c>).</param>
    /// <param name="persist">Whether the generated value is kept in the AppHost's user secrets.</param>
    public static IResourceBuilder<ParameterResource> AddGeneratedSecret(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, bool persist = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        var generated = new GenerateParameterDefault { MinLength = 24, Special = false };
        return builder.AddParameter(name, generated, secret: true, persist: persist);
    }
}
