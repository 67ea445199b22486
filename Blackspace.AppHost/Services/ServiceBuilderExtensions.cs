namespace Blackspace.AppHost.Services;

/// <summary>Adds the platform's .NET services.</summary>
public static class ServiceBuilderExtensions
{
    private const string HttpEndpointName = "http";

    /// <summary>
    /// Adds a service project, reported healthy only once its <c>/health</c> endpoint answers (otherwise Aspire
    /// would report it healthy before Kestrel listens). A project without an <c>http</c> launch profile gets an
    /// http endpoint on a port chosen at run time and the AppHost's environment name.
    /// </summary>
    /// <typeparam name="TProject">The project's metadata type from the <c>Projects</c> namespace.</typeparam>
    /// <param name="builder">The application builder.</param>
    /// <param name="name">The resource name, also the service discovery name.</param>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, [ResourceName] string name)
        where TProject : IProjectMetadata, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        var service = builder.AddProject<TProject>(name);
        var hasHttpEndpoint = service.Resource.Annotations.OfType<EndpointAnnotation>()
            .Any(endpoint => endpoint.Name == HttpEndpointName);
        if (!hasHttpEndpoint)
        {
            service.WithHttpEndpoint(name: HttpEndpointName)
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);
        }

        return service.WithHttpHealthCheck("/health", endpointName: HttpEndpointName);
    }
}
