using Aspire.Hosting;
using Blackspace.AppHost.Local;

namespace Blackspace.Tests.AppHost;

public sealed class LocalPostgresBuilderExtensionsTests
{
    [Theory]
    [InlineData("auth-db")]
    [InlineData("authdb\"; DROP DATABASE postgres; --")]
    [InlineData("1authdb")]
    public void A_database_name_that_would_need_quoting_is_refused(string databaseName)
    {
        var builder = CreateBuilder();
        var password = builder.AddParameter("password", "secret", secret: true);
        var postgres = builder.AddLocalPostgres("postgres", password, "/tmp/blackspace-unused");

        var error = Assert.Throws<ArgumentException>(() => postgres.AddDatabase("authdb", databaseName));

        Assert.Equal("databaseName", error.ParamName);
        Assert.DoesNotContain(builder.Resources, resource => resource.Name == "authdb");
    }

    [Fact]
    public void Databases_are_registered_on_their_server_for_creation_once_it_is_ready()
    {
        var builder = CreateBuilder();
        var password = builder.AddParameter("password", "secret", secret: true);
        var postgres = builder.AddLocalPostgres("postgres", password, "/tmp/blackspace-unused");

        var database = postgres.AddDatabase("auth", "authdb");

        Assert.Same(postgres.Resource, database.Resource.Parent);
        Assert.Equal("authdb", postgres.Resource.Databases["auth"]);
    }

    private static IDistributedApplicationBuilder CreateBuilder() =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            AssemblyName = typeof(LocalPostgresServerResource).Assembly.GetName().Name,
            DisableDashboard = true,
        });
}
