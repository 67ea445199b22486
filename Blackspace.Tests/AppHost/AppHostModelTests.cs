using Aspire.Hosting.ApplicationModel;
using Blackspace.AppHost.Containers;
using Blackspace.AppHost.Local;

namespace Blackspace.Tests.AppHost;

public sealed class AppHostModelTests
{
    private static readonly string[] s_servers = ["postgres", "authdb", "emaildb", "redis", "rabbitmq"];

    [Fact]
    public async Task Local_mode_runs_each_server_from_its_launch_script()
    {
        await using var model = await AppHostModel.BuildAsync("local");

        Assert.IsType<LocalPostgresServerResource>(model.Resource("postgres"));
        Assert.Equal("authdb", model.Resource<LocalPostgresDatabaseResource>("authdb").DatabaseName);
        Assert.Equal("emaildb", model.Resource<LocalPostgresDatabaseResource>("emaildb").DatabaseName);
        foreach (var (name, script) in new[]
        {
            ("postgres", "postgres.sh"), ("redis", "redis.sh"), ("rabbitmq", "rabbitmq.sh"), ("mailbox", "mailbox.sh"),
        })
        {
            var server = model.Resource<ExecutableResource>(name);
            var arguments = await AppHostModel.ArgumentsOfAsync(server);
            Assert.Equal("bash", server.Command);
            var path = Assert.Single(arguments);
            Assert.EndsWith(Path.Combine("scripts", "local", script), path, StringComparison.Ordinal);
            Assert.True(File.Exists(path), $"{script} is missing.");
        }
    }

    [Fact]
    public async Task Local_servers_get_ports_chosen_at_run_time_and_a_private_data_folder_per_run()
    {
        await using var model = await AppHostModel.BuildAsync("local");

        foreach (var name in new[] { "postgres", "redis", "rabbitmq", "mailbox" })
        {
            var endpoints = model.Resource(name).Annotations.OfType<EndpointAnnotation>().ToList();
            Assert.NotEmpty(endpoints);
            Assert.All(endpoints, endpoint => Assert.Null(endpoint.Port));
            Assert.All(endpoints, endpoint => Assert.False(endpoint.IsProxied));
        }

        var rabbitMq = await AppHostModel.EnvironmentOfAsync(model.Resource("rabbitmq"));
        Assert.Equal("{rabbitmq.bindings.tcp.targetPort}", rabbitMq["BS_PORT"]);
        Assert.Equal("{rabbitmq.bindings.dist.targetPort}", rabbitMq["BS_DIST_PORT"]);
        Assert.Equal("{rabbitmq.bindings.epmd.targetPort}", rabbitMq["BS_EPMD_PORT"]);
        Assert.Equal("{rabbitmq-user.value}", rabbitMq["BS_USER"]);
        Assert.Equal("{rabbitmq-password.value}", rabbitMq["BS_PASSWORD"]);

        var postgres = await AppHostModel.EnvironmentOfAsync(model.Resource("postgres"));
        var redis = await AppHostModel.EnvironmentOfAsync(model.Resource("redis"));
        var run = Path.GetDirectoryName(postgres["BS_DATA_DIR"])!;
        Assert.Equal(model.DataRoot, Path.GetDirectoryName(run));
        Assert.StartsWith($"run-{Environment.ProcessId}-", Path.GetFileName(run), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(run, "redis"), redis["BS_DATA_DIR"]);
        Assert.Equal(Path.Combine(run, "rabbitmq"), rabbitMq["BS_DATA_DIR"]);
        Assert.Equal("{postgres-password.value}", postgres["BS_PASSWORD"]);
        Assert.Equal("{redis-password.value}", redis["BS_PASSWORD"]);
    }

    [Theory]
    [InlineData(
        "postgres",
        "Host=127.0.0.1;Port={postgres.bindings.tcp.port};Username=postgres;Password={postgres-password.value}")]
    [InlineData("authdb", "{postgres.connectionString};Database=authdb")]
    [InlineData("emaildb", "{postgres.connectionString};Database=emaildb")]
    [InlineData("redis", "127.0.0.1:{redis.bindings.tcp.port},password={redis-password.value}")]
    [InlineData(
        "rabbitmq",
        "amqp://{rabbitmq-user.value}:{rabbitmq-password.value}@127.0.0.1:{rabbitmq.bindings.tcp.port}")]
    [InlineData("mailbox", "smtp://127.0.0.1:{mailbox.bindings.smtp.port}")]
    public async Task Local_connection_strings_have_the_client_libraries_formats(string name, string expected)
    {
        await using var model = await AppHostModel.BuildAsync("local");

        var resource = model.Resource<IResourceWithConnectionString>(name);

        Assert.Equal(expected, resource.ConnectionStringExpression.ValueExpression);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("containers")]
    public async Task Infrastructure_is_health_checked_with_real_clients(string mode)
    {
        await using var model = await AppHostModel.BuildAsync(mode);

        foreach (var name in s_servers)
        {
            Assert.Contains($"{name}_check", HealthCheckKeys(model.Resource(name)));
        }

        Assert.Equal(
            ["mailbox_smtp_check", "mailbox_http_/api/messages_200_check"],
            HealthCheckKeys(model.Resource("mailbox")));
    }

    [Fact]
    public async Task Containers_mode_uses_aspire_container_integrations_and_an_smtp4dev_container()
    {
        await using var model = await AppHostModel.BuildAsync("containers");

        Assert.IsType<PostgresServerResource>(model.Resource("postgres"));
        Assert.Equal("authdb", model.Resource<PostgresDatabaseResource>("authdb").DatabaseName);
        Assert.Equal("emaildb", model.Resource<PostgresDatabaseResource>("emaildb").DatabaseName);
        Assert.IsType<RedisResource>(model.Resource("redis"));
        Assert.IsType<RabbitMQServerResource>(model.Resource("rabbitmq"));
        var mailbox = model.Resource<MailboxContainerResource>("mailbox");
        var image = Assert.Single(mailbox.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal("rnwood/smtp4dev", image.Image);
        Assert.Equal(
            "smtp://{mailbox.bindings.smtp.host}:{mailbox.bindings.smtp.port}",
            mailbox.ConnectionStringExpression.ValueExpression);
        var endpoints = mailbox.Annotations.OfType<EndpointAnnotation>();
        Assert.Equal([25, 80], endpoints.Select(endpoint => endpoint.TargetPort));
        Assert.False(Directory.Exists(model.DataRoot));
    }

    [Theory]
    [InlineData("local")]
    [InlineData("containers")]
    public async Task Each_service_gets_the_connection_strings_it_needs_under_the_shared_names(string mode)
    {
        await using var model = await AppHostModel.BuildAsync(mode);

        var auth = await AppHostModel.EnvironmentOfAsync(model.Resource("auth"));
        var email = await AppHostModel.EnvironmentOfAsync(model.Resource("email"));
        var gateway = await AppHostModel.EnvironmentOfAsync(model.Resource("gateway"));

        Assert.Equal(["authdb", "rabbitmq", "redis"], ConnectionStringNames(auth));
        Assert.Equal(["emaildb", "mailbox", "rabbitmq"], ConnectionStringNames(email));
        Assert.Empty(ConnectionStringNames(gateway));
        Assert.Equal("{authdb.connectionString}", auth["ConnectionStrings__authdb"]);
        Assert.Equal("{mailbox.connectionString}", email["ConnectionStrings__mailbox"]);
        Assert.Equal("{auth.bindings.http.url}", gateway["services__auth__http__0"]);
        Assert.Equal("{email.bindings.http.url}", gateway["services__email__http__0"]);
    }

    [Fact]
    public async Task Auth_gets_the_first_administrator_the_gateway_public_url_and_email_the_sender()
    {
        await using var model = await AppHostModel.BuildAsync("local");

        var auth = await AppHostModel.EnvironmentOfAsync(model.Resource("auth"));
        var email = await AppHostModel.EnvironmentOfAsync(model.Resource("email"));
        var adminPassword = model.Resource<ParameterResource>("admin-password");

        Assert.Equal("{admin-email.value}", auth["Auth__Admin__Email"]);
        Assert.Equal("{admin-password.value}", auth["Auth__Admin__Password"]);
        Assert.Equal("{gateway.bindings.http.url}", auth["Auth__PublicBaseUrl"]);
        Assert.Equal("{gateway.bindings.http.url}", auth["Auth__Issuer"]);
        Assert.Equal("no-reply@blackspace.local", email["Email__From"]);
        var adminEmail = await model.Resource<ParameterResource>("admin-email").GetValueAsync(default);
        Assert.Equal("admin@blackspace.local", adminEmail);
        // Generated on first run and kept in the AppHost's user secrets: no password is committed.
        Assert.True(adminPassword.Secret);
        Assert.NotNull(adminPassword.Default);
    }

    [Theory]
    [InlineData("auth", new[] { "authdb", "postgres", "rabbitmq", "redis" })]
    [InlineData("email", new[] { "emaildb", "mailbox", "postgres", "rabbitmq" })]
    [InlineData("gateway", new[] { "auth", "email" })]
    public async Task Each_service_waits_until_what_it_needs_is_healthy(string service, string[] dependencies)
    {
        await using var model = await AppHostModel.BuildAsync("local");

        var waits = model.Resource(service).Annotations.OfType<WaitAnnotation>().ToList();

        Assert.Equal(dependencies, waits.Select(wait => wait.Resource.Name).Order());
        Assert.All(waits, wait => Assert.Equal(WaitType.WaitUntilHealthy, wait.WaitType));
    }

    [Fact]
    public async Task Services_are_healthy_only_once_their_health_endpoint_answers_and_the_gateway_is_public()
    {
        await using var model = await AppHostModel.BuildAsync("local");

        foreach (var service in new[] { "auth", "email", "gateway" })
        {
            var resource = model.Resource<ProjectResource>(service);
            Assert.Contains($"{service}_http_/health_200_check", HealthCheckKeys(resource));
            var endpoints = resource.Annotations.OfType<EndpointAnnotation>();
            var http = Assert.Single(endpoints, endpoint => endpoint.Name == "http");
            Assert.Equal(service == "gateway", http.IsExternal);
        }
    }

    private static string[] HealthCheckKeys(IResource resource) =>
        [.. resource.Annotations.OfType<HealthCheckAnnotation>().Select(check => check.Key)];

    private static string[] ConnectionStringNames(IReadOnlyDictionary<string, string> environment) =>
    [
        .. environment.Keys
            .Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            .Select(key => key["ConnectionStrings__".Length..])
            .Order(StringComparer.Ordinal),
    ];
}
