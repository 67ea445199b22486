using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Blackspace.Auth;
using Blackspace.Auth.Persistence;
using Blackspace.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Blackspace.Tests.Auth;

/// <summary>
/// The Auth service in process on real PostgreSQL and RabbitMQ, configured through the same keys the AppHost sets
/// as environment variables. Several factories may share one database, as several replicas would.
/// </summary>
public sealed class AuthServiceFactory : WebApplicationFactory<AuthApi>
{
    public const string AdminEmail = "admin@blackspace.test";
    public const string AdminPassword = "first-administrator-passphrase";
    public const string Issuer = "http://gateway.blackspace.test/";
    public const string PublicBaseUrl = "http://web.blackspace.test";

    /// <summary>A password zxcvbn rates 4 of 4.</summary>
    public const string StrongPassword = "violet-harbor-candle-87-quietly";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private AuthServiceFactory(Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _settings = settings;
        _services = services;
    }

    public string DatabaseConnectionString => _settings["ConnectionStrings:authdb"]!;

    public static Dictionary<string, string?> Settings(string database, string rabbitMq) => new()
    {
        ["ConnectionStrings:authdb"] = database,
        ["ConnectionStrings:rabbitmq"] = rabbitMq,
        ["Auth:Issuer"] = Issuer,
        ["Auth:PublicBaseUrl"] = PublicBaseUrl,
        ["Auth:Admin:Email"] = AdminEmail,
        ["Auth:Admin:Password"] = AdminPassword,
        // The tests hash many passwords: the lowest allowed cost keeps them fast. Production keeps 100,000.
        ["Auth:PasswordHashIterations"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>
    /// Starts the service on <paramref name="database"/>, or on a new empty database when null;
    /// <paramref name="services"/> replaces registrations after the service's own.
    /// </summary>
    public static async Task<AuthServiceFactory> StartAsync(
        ServersFixture servers,
        string? database = null,
        string? rabbitMq = null,
        Action<Dictionary<string, string?>>? change = null,
        Action<IServiceCollection>? services = null)
    {
        database ??= await servers.Postgres.CreateDatabaseAsync("auth_test");
        var settings = Settings(database, rabbitMq ?? servers.RabbitMq.ConnectionString);
        change?.Invoke(settings);
        var factory = new AuthServiceFactory(settings, services);
        try
        {
            // Building the client starts the host: migrations, keys, the first administrator and Wolverine.
            factory.CreateClient().Dispose();
            return factory;
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <summary>An address no other test uses, so each test finds only its own email requests and accounts.</summary>
    public static string NewAddress() => $"person-{Guid.NewGuid():N}@example.test";

    /// <summary>A database context on the service's database, for checking what was (not) written.</summary>
    public AuthDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<AuthDbContext>().UseNpgsql(DatabaseConnectionString).Options);

    public async Task<HttpResponseMessage> RequestPasswordTokenAsync(string email, string password)
    {
        using var client = CreateClient();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = email,
            ["password"] = password,
        }));
    }

    public async Task<TokenResponse> SignInAsync(string email, string password)
    {
        using var response = await RequestPasswordTokenAsync(email, password);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Sign-in failed: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<TokenResponse>(body)!;
    }

    public HttpClient CreateClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<HttpClient> CreateAdministratorClientAsync()
    {
        var tokens = await SignInAsync(AdminEmail, AdminPassword);
        return CreateClient(tokens.AccessToken);
    }

    /// <summary>Invites <paramref name="email"/> as the administrator and returns the invitation's id.</summary>
    public async Task<Guid> InviteAsync(string email, DateTimeOffset? expiresAt = null)
    {
        using var admin = await CreateAdministratorClientAsync();
        using var response = await admin.PostAsJsonAsync("/api/auth/invitations", new { email, expiresAt });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> SignUpAsync(string? invitationToken, string? email, string? password)
    {
        using var client = CreateClient();
        return await client.PostAsJsonAsync("/api/auth/sign-up", new { invitationToken, email, password });
    }

    public async Task<HttpResponseMessage> ConfirmAsync(string? token)
    {
        using var client = CreateClient();
        return await client.PostAsJsonAsync("/api/auth/confirm-email", new { token });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production, so the tests see what clients see (no developer exception page).
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
