using Blackspace.Auth.Accounts;
using Blackspace.Auth.Configuration;
using Blackspace.Auth.EmailConfirmation;
using Blackspace.Auth.Emails;
using Blackspace.Auth.Invitations;
using Blackspace.Auth.Persistence;
using Blackspace.Auth.SignUp;
using Blackspace.Auth.Tokens;
using Blackspace.ServiceDefaults.Configuration;
using Blackspace.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.Postgresql;

namespace Blackspace.Auth;

public static class AuthServiceExtensions
{
    public const string DatabaseName = "authdb";

    /// <summary>Everything the Auth service registers: storage, Identity, tokens, messaging and its handlers.</summary>
    public static IHostApplicationBuilder AddAuthService(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.AddValidatedOptions<AuthOptions>(AuthOptions.SectionName);
        var options = builder.GetValidatedOptions<AuthOptions>(AuthOptions.SectionName);

        builder.AddNpgsqlDbContext<AuthDbContext>(DatabaseName);
        builder.AddAccounts(options);
        // The key ring is stored unencrypted in authdb; encrypting it at rest is not implemented yet.
        builder.Services.AddDataProtection()
            .SetApplicationName("blackspace-auth")
            .PersistKeysToDbContext<AuthDbContext>();
        builder.AddTokenServer(options);
        builder.AddOutboxMessaging();

        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            // Discovery advertises the Gateway's public scheme and host, which only the Gateway's headers carry.
            // Only loopback proxies are trusted (the default); trusting a cluster's Gateway is not configurable yet.
            forwarded.ForwardedHeaders =
                ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EmailLinks>();
        builder.Services.AddScoped<AccountChangeTransaction>();
        builder.Services.AddScoped<AdministratorBootstrapper>();
        builder.Services.AddScoped<InvitationHandler>();
        builder.Services.AddScoped<PasswordStrength>();
        builder.Services.AddScoped<SignUpHandler>();
        builder.Services.AddScoped<ConfirmEmailHandler>();

        return builder;
    }

    /// <summary>Maps the REST API under <c>/api/auth</c> and the token server's endpoints.</summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapTokenEndpoint();
        endpoints.MapGroup("/api/auth")
            .MapInvitationEndpoints()
            .MapSignUpEndpoint()
            .MapConfirmEmailEndpoint()
            .MapMeEndpoint();
        return endpoints;
    }

    private static void AddAccounts(this IHostApplicationBuilder builder, AuthOptions options)
    {
        builder.Services.AddIdentityCore<Account>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedEmail = true;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireDigit = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignInAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AuthDbContext>();
        builder.Services.Configure<PasswordHasherOptions>(hasher =>
            hasher.IterationCount = options.PasswordHashIterations);
    }

    private static void AddOutboxMessaging(this IHostApplicationBuilder builder)
    {
        builder.UseWolverine(wolverine =>
        {
            // Wolverine otherwise reuses the assembly of the first host in the process (as in the test run).
            wolverine.ApplicationAssembly = typeof(AuthApi).Assembly;

            // The outbox tables live in authdb so that a change and its messages commit together.
            wolverine.PersistMessagesWithPostgresqlUsingNamedConnection(DatabaseName, AuthDbContext.WolverineSchema);
            wolverine.UseEntityFrameworkCoreTransactions();
            wolverine.UseBlackspaceRabbitMq(builder.Configuration);
        });
    }
}
