using Blackspace.AppHost.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Blackspace.AppHost.Mailbox;

/// <summary>Health checks shared by the mailbox resources of both infrastructure modes.</summary>
public static class MailboxBuilderExtensions
{
    /// <summary>
    /// Reports the mailbox healthy only when its SMTP server greets and its web inbox API answers.
    /// </summary>
    /// <param name="builder">A mailbox with <see cref="MailboxEndpoints.Smtp"/> and
    /// <see cref="MailboxEndpoints.Http"/> endpoints and an <c>smtp://host:port</c> connection string.</param>
    public static IResourceBuilder<T> WithMailboxHealthChecks<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString, IResourceWithEndpoints
    {
        ArgumentNullException.ThrowIfNull(builder);

        var connectionString = builder.CaptureConnectionString();
        var smtpCheckKey = $"{builder.Resource.Name}_smtp_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            smtpCheckKey,
            _ => new SmtpHealthCheck(connectionString),
            failureStatus: null,
            tags: null,
            timeout: TimeSpan.FromSeconds(5)));

        return builder
            .WithHealthCheck(smtpCheckKey)
            .WithHttpHealthCheck("/api/messages", endpointName: MailboxEndpoints.Http);
    }
}
