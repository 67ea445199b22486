using System.Net;
using System.Text.Json;
using Blackspace.Contracts.Email;
using Blackspace.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Blackspace.Tests.Email;

[Collection(ServersCollection.Name)]
public sealed class EmailDeliveryTests(ServersFixture servers) : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private EmailServiceFactory _email = null!;

    public async Task InitializeAsync() => _email = await EmailServiceFactory.StartAsync(servers);

    public async Task DisposeAsync() => await _email.DisposeAsync();

    [Fact]
    public async Task Published_invitation_arrives_in_the_mailbox_rendered()
    {
        var to = EmailServiceFactory.NewRecipient();
        var request = EmailServiceFactory.Request(
            EmailTemplates.Invitation,
            to,
            ("link", "https://blackspace.test/sign-up#token=abc123"),
            ("expiresAt", "2030-01-02T03:04:00+00:00"));

        await _email.PublishAsync(request);

        var message = await servers.Mailbox.Client.WaitForMessageAsync(to, "invited", s_timeout);
        var text = await servers.Mailbox.Client.GetPlainTextAsync(message.Id);
        var html = await servers.Mailbox.Client.GetHtmlAsync(message.Id);
        Assert.Contains(EmailServiceFactory.Sender, message.From, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://blackspace.test/sign-up#token=abc123", text, StringComparison.Ordinal);
        Assert.Contains("2030-01-02 at 03:04 UTC", text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://blackspace.test/sign-up#token=abc123\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sent_delivery_is_recorded_with_one_attempt()
    {
        var to = EmailServiceFactory.NewRecipient();
        var request = EmailServiceFactory.Request(
            EmailTemplates.EmailConfirmation, to, ("link", "https://blackspace.test/confirm-email#token=t"));

        await _email.PublishAsync(request);

        var delivery = await _email.WaitForDeliveryAsync(request.RequestId, "sent", s_timeout);
        Assert.Equal(EmailTemplates.EmailConfirmation, delivery.Template);
        Assert.Equal(1, delivery.Attempts);
        Assert.NotNull(delivery.SentAt);
        Assert.Null(delivery.LastError);
        await servers.Mailbox.Client.WaitForMessageAsync(to, "Confirm your email address", s_timeout);
    }

    [Fact]
    public async Task Request_published_again_after_it_was_sent_is_not_sent_again()
    {
        var to = EmailServiceFactory.NewRecipient();
        var request = EmailServiceFactory.Request(
            EmailTemplates.EmailConfirmation, to, ("link", "https://blackspace.test/confirm-email#token=t"));
        await _email.PublishAsync(request);
        await _email.WaitForDeliveryAsync(request.RequestId, "sent", s_timeout);

        await _email.PublishAsync(request);
        await WaitUntilHandledAsync();

        var delivery = await _email.GetDeliveryAsync(request.RequestId);
        Assert.Equal(1, delivery!.Attempts);
        Assert.Single(await MessagesToAsync(to));
    }

    [Fact]
    public async Task Duplicates_published_together_are_sent_once()
    {
        var to = EmailServiceFactory.NewRecipient();
        var request = EmailServiceFactory.Request(
            EmailTemplates.EmailConfirmation, to, ("link", "https://blackspace.test/confirm-email#token=t"));

        await Task.WhenAll(_email.PublishAsync(request), _email.PublishAsync(request), _email.PublishAsync(request));

        await _email.WaitForDeliveryAsync(request.RequestId, "sent", s_timeout);
        await WaitUntilHandledAsync();
        Assert.Single(await MessagesToAsync(to));
    }

    [Fact]
    public async Task Unknown_template_is_recorded_as_failed_without_retrying()
    {
        var request = EmailServiceFactory.Request("no-such-template", EmailServiceFactory.NewRecipient());

        await _email.PublishAsync(request);

        var delivery = await _email.WaitForDeliveryAsync(request.RequestId, "failed", s_timeout);
        Assert.Equal(1, delivery.Attempts);
        Assert.Contains("does not exist", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_without_a_value_its_template_reads_is_recorded_as_failed()
    {
        var request = EmailServiceFactory.Request(EmailTemplates.Invitation, EmailServiceFactory.NewRecipient());

        await _email.PublishAsync(request);

        var delivery = await _email.WaitForDeliveryAsync(request.RequestId, "failed", s_timeout);
        Assert.Contains("link", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_status_of_an_unknown_request_is_a_404_problem()
    {
        using var client = _email.CreateClient();

        using var response = await client.GetAsync($"/internal/email/deliveries/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("delivery.not-found", problem.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task OpenApi_document_is_served_for_the_gateway()
    {
        using var client = _email.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.TryGetProperty("openapi", out _));
    }

    [Fact]
    public async Task Health_reports_ready_with_its_database_broker_and_mailbox()
    {
        using var client = _email.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = _email.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(checks, check => check.Name == "mailbox");
        Assert.Contains(checks, check => check.Name == "rabbitmq");
        Assert.Contains(checks, check => check.Name.Contains("EmailDbContext", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<MailMessage>> MessagesToAsync(string to) =>
        (await servers.Mailbox.Client.ListAsync())
            .Where(m => m.To.Any(address => string.Equals(address, to, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    // Duplicates that met a claim in progress are retried after the configured one-second waits.
    private static Task WaitUntilHandledAsync() => Task.Delay(TimeSpan.FromSeconds(4));
}
