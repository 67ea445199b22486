namespace Blackspace.AppHost.Infrastructure;

/// <summary>
/// How the AppHost runs PostgreSQL, Redis, RabbitMQ and the development mailbox.
/// </summary>
public enum InfrastructureMode
{
    /// <summary>Containers when a container runtime answers, local servers otherwise.</summary>
    Auto,

    /// <summary>Aspire's container integrations (Docker or Podman).</summary>
    Containers,

    /// <summary>Locally installed servers started as executables with private data directories.</summary>
    Local,
}
