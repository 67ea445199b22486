namespace Blackspace.AppHost.Local;

/// <summary>
/// A RabbitMQ node run from the locally installed package, listening on 127.0.0.1 with its own epmd.
/// </summary>
/// <param name="name">The resource name, also the connection string name.</param>
/// <param name="command">The command that starts the node in the foreground.</param>
/// <param name="workingDirectory">The command's working directory.</param>
/// <param name="userName">The user clients authenticate as.</param>
/// <param name="password">The user's password.</param>
public sealed class LocalRabbitMqResource(
    string name, string command, string workingDirectory, ParameterResource userName, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string DistributionEndpointName = "dist";
    internal const string EpmdEndpointName = "epmd";

    private EndpointReference? _primaryEndpoint;

    /// <summary>The user clients authenticate as.</summary>
    public ParameterResource UserNameParameter { get; } = userName;

    /// <summary>The user's password.</summary>
    public ParameterResource PasswordParameter { get; } = password;

    /// <summary>The AMQP endpoint clients connect to.</summary>
    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserNameParameter:uri}:{PasswordParameter:uri}@127.0.0.1:{Port}");

    private EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);
}
