using Blackspace.Contracts.Email;
using Blackspace.Email.Deliveries;
using Blackspace.Email.Persistence;
using Blackspace.Email.Rendering;
using Blackspace.Email.Sending;
using Blackspace.ServiceDefaults.Configuration;
using Blackspace.ServiceDefaults.Messaging;
using JasperFx;
using Wolverine;
using Wolverine.Postgresql;
using Wolverine.RabbitMQ;

namespace Blackspace.Email;

/// <summary>The Email service's own registrations: storage, templates, SMTP and the email request listener.</summary>
public static class EmailServiceExtensions
{
    public const string DatabaseName = "emaildb";

    private const string WolverineSchema = "wolverine";

    public static WebApplicationBuilder AddEmailService(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.AddValidatedOptions<EmailOptions>(EmailOptions.Section);
        var email = builder.GetValidatedOptions<EmailOptions>(EmailOptions.Section);
        var retryPolicy = new DeliveryRetryPolicy(email.ParseRetryDelays());
        var databaseConnection = builder.Configuration.GetConnectionString(DatabaseName);
        if (string.IsNullOrWhiteSpace(databaseConnection))
        {
            throw new InvalidOperationException(
                $"The database connection string is missing: set the environment variable "
                + $"ConnectionStrings__{DatabaseName}.");
        }

        builder.AddNpgsqlDbContext<EmailDbContext>(DatabaseName);
        builder.Services.AddSingleton(SmtpMailbox.FromConfiguration(builder.Configuration));
        builder.Services.AddSingleton(retryPolicy);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EmailRenderer>();
        builder.Services.AddSingleton<SmtpEmailSender>();
        builder.Services.AddScoped<DeliveryStore>();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<MailboxHealthCheck>(MailboxHealthCheck.Name);

        builder.Host.UseWolverine(opts =>
        {
            // Wolverine otherwise guesses the assembly to search for handlers, and remembers the guess statically:
            // in a test process hosting several services it can pick the wrong one.
            opts.ApplicationAssembly = typeof(EmailApi).Assembly;
            opts.UseBlackspaceRabbitMq(builder.Configuration);
            opts.PersistMessagesWithPostgresql(databaseConnection, WolverineSchema);
            opts.AutoBuildMessageStorageOnStartup = AutoCreate.CreateOrUpdate;
            opts.UseRuntimeCompilation();

            // Aspire registers the DbContext pool through a factory that generated handler code cannot call.
            opts.CodeGeneration.AlwaysUseServiceLocationFor<EmailDbContext>();

            // The inbox stores each request in emaildb before the broker forgets it.
            opts.ListenToRabbitQueue(EmailQueues.Requests)
                .UseDurableInbox()
                .CircuitBreaker(breaker =>
                {
                    // Only a failing mailbox pauses the listener; bad requests are dead-lettered one by one.
                    breaker.Include<MailboxUnavailableException>();
                    breaker.MinimumThreshold = 10;
                    breaker.FailurePercentageThreshold = 50;
                    breaker.PauseTime = TimeSpan.FromMinutes(1);
                });

            retryPolicy.ApplyTo(opts);
        });

        return builder;
    }
}
