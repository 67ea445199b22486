namespace Blackspace.AppHost.Local;

/// <summary>A Redis server run from the locally installed binary, listening on 127.0.0.1, nothing persisted.</summary>
/// <param name="name">The resource name, also the connection string name.</param>
/// <param name="command">The command that starts the server in the foreground.</param>
/// <param name="workingDirectory">The command's working directory.</param>
/// <param name="password">The password clients authenticate with.</param>
public sealed class LocalRedisResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    private EndpointReference? _primaryEndpoint;

    /// <summary>The password clients authenticate with.</summary>
    public ParameterResource PasswordParameter { get; } = password;

    /// <summary>The endpoint clients connect to.</summary>
    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)},password={PasswordParameter}");
}
