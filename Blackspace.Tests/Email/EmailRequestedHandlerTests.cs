using Blackspace.Contracts.Email;
using Blackspace.Email;
using Blackspace.Email.Deliveries;
using Blackspace.Email.Persistence;
using Blackspace.Email.Rendering;
using Blackspace.Email.Sending;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blackspace.Tests.Email;

/// <summary>The handler's decisions for one attempt, on a real database and real SMTP endpoints.</summary>
[Collection(ServersCollection.Name)]
public sealed class EmailRequestedHandlerTests(ServersFixture servers) : IAsyncLifetime
{
    private static readonly DeliveryRetryPolicy s_policy = new([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)]);
    private static readonly EmailRenderer s_renderer = new();

    private DbContextOptions<EmailDbContext> _options = null!;

    public async Task InitializeAsync() => _options = await EmailDatabaseScope.CreateAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Request_another_attempt_is_sending_is_left_for_a_later_attempt()
    {
        var request = Request();
        await using (var db = new EmailDbContext(_options))
        {
            await new DeliveryStore(db, TimeProvider.System).ClaimAsync(request, TimeSpan.FromMinutes(1), default);
        }

        await Assert.ThrowsAsync<DeliveryInProgressException>(
            () => HandleAsync(request, attempt: 1, servers.Mailbox.ConnectionString));

        Assert.Empty(await MessagesToAsync(request.To));
    }

    [Fact]
    public async Task Request_given_up_before_is_skipped()
    {
        var request = Request();
        await using (var db = new EmailDbContext(_options))
        {
            var store = new DeliveryStore(db, TimeProvider.System);
            await store.ClaimAsync(request, TimeSpan.FromMinutes(1), default);
            await store.RecordFailureAsync(request.RequestId, "refused", final: true, default);
        }

        await HandleAsync(request, attempt: 1, servers.Mailbox.ConnectionString);

        Assert.Equal(1, (await FindAsync(request.RequestId)).Attempts);
        Assert.Empty(await MessagesToAsync(request.To));
    }

    [Fact]
    public async Task Unavailable_mailbox_before_the_last_attempt_keeps_the_request_pending()
    {
        var request = Request();

        await Assert.ThrowsAsync<MailboxUnavailableException>(
            () => HandleAsync(request, attempt: 1, $"smtp://127.0.0.1:{Ports.Next()}"));

        var delivery = await FindAsync(request.RequestId);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Null(delivery.ClaimedUntil);
        Assert.Contains("could not be reached", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unavailable_mailbox_on_the_last_attempt_gives_the_request_up()
    {
        var request = Request();

        await Assert.ThrowsAsync<MailboxUnavailableException>(
            () => HandleAsync(request, attempt: s_policy.MaxAttempts, $"smtp://127.0.0.1:{Ports.Next()}"));

        Assert.Equal(DeliveryStatus.Failed, (await FindAsync(request.RequestId)).Status);
    }

    [Fact]
    public async Task Sent_request_is_recorded_and_carries_one_message_id_per_request()
    {
        var request = Request();

        await HandleAsync(request, attempt: 1, servers.Mailbox.ConnectionString);

        var delivery = await FindAsync(request.RequestId);
        var message = Assert.Single(await MessagesToAsync(request.To));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{servers.Mailbox.HttpPort}") };
        var source = await http.GetStringAsync($"/api/messages/{message.Id}/raw");
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Contains($"<{request.RequestId:N}@blackspace.test>", source, StringComparison.Ordinal);
    }

    private async Task HandleAsync(EmailRequested request, int attempt, string mailbox)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:mailbox"] = mailbox })
            .Build();
        var options = Options.Create(new EmailOptions
        {
            From = EmailServiceFactory.Sender,
            SmtpTimeout = TimeSpan.FromSeconds(5),
        });
        await using var db = new EmailDbContext(_options);
        var handler = new EmailRequestedHandler(
            new DeliveryStore(db, TimeProvider.System),
            s_renderer,
            new SmtpEmailSender(SmtpMailbox.FromConfiguration(configuration), options),
            s_policy,
            options,
            NullLogger<EmailRequestedHandler>.Instance);

        await handler.Handle(request, new Envelope { Attempts = attempt }, default);
    }

    private async Task<Delivery> FindAsync(Guid requestId)
    {
        await using var db = new EmailDbContext(_options);
        return (await new DeliveryStore(db, TimeProvider.System).FindAsync(requestId, default))!;
    }

    private async Task<IReadOnlyList<MailMessage>> MessagesToAsync(string to) =>
        (await servers.Mailbox.Client.ListAsync())
            .Where(m => m.To.Any(address => string.Equals(address, to, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    private static EmailRequested Request() => EmailServiceFactory.Request(
        EmailTemplates.EmailConfirmation,
        EmailServiceFactory.NewRecipient(),
        ("link", "https://blackspace.test/confirm-email#token=t"));
}
