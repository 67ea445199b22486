namespace Blackspace.AppHost.Local;

/// <summary>
/// A PostgreSQL server run from the locally installed binaries, listening on 127.0.0.1 with superuser
/// <c>postgres</c>.
/// </summary>
/// <param name="name">The resource name, also the connection string name.</param>
/// <param name="command">The command that starts the server in the foreground.</param>
/// <param name="workingDirectory">The command's working directory.</param>
/// <param name="password">The superuser's password.</param>
public sealed class LocalPostgresServerResource(
    string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    private readonly Dictionary<string, string> _databases = new(StringComparer.OrdinalIgnoreCase);
    private EndpointReference? _primaryEndpoint;

    /// <summary>The superuser's password.</summary>
    public ParameterResource PasswordParameter { get; } = password;

    /// <summary>The endpoint clients connect to.</summary>
    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    /// <summary>The databases created on this server once it is ready: resource name to database name.</summary>
    public IReadOnlyDictionary<string, string> Databases => _databases;

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Port};Username=postgres;Password={PasswordParameter}");

    private EndpointReferenceExpression Port => PrimaryEndpoint.Property(EndpointProperty.Port);

    internal void AddDatabase(string resourceName, string databaseName) => _databases.Add(resourceName, databaseName);
}
