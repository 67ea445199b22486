using Blackspace.AppHost.Containers;
using Blackspace.AppHost.Local;

namespace Blackspace.AppHost.Infrastructure;

/// <summary>Adds the platform's infrastructure in the mode chosen before the model is built.</summary>
public static class InfrastructureBuilderExtensions
{
    /// <summary>
    /// Adds PostgreSQL (<c>authdb</c>, <c>emaildb</c>), Redis, RabbitMQ and the mailbox in the mode configured
    /// by <c>Infrastructure:Mode</c>; <c>auto</c> (the default) asks <paramref name="probe"/> whether a container
    /// runtime answers.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="probe">Tells whether a container runtime answers; defaults to
    /// <see cref="ContainerRuntimeProbe.Default"/>.</param>
    public static PlatformInfrastructure AddPlatformInfrastructure(
        this IDistributedApplicationBuilder builder, Func<bool>? probe = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var mode = InfrastructureModeSelector.Select(
            builder.Configuration[InfrastructureModeSelector.ConfigurationKey],
            probe ?? ContainerRuntimeProbe.Default.AnyRuntimeAnswers);

        return mode == InfrastructureMode.Containers
            ? builder.AddContainerInfrastructure()
            : builder.AddLocalInfrastructure();
    }
}
