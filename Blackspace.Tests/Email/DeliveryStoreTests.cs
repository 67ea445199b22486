using Blackspace.Contracts.Email;
using Blackspace.Email.Deliveries;
using Blackspace.Email.Persistence;
using Blackspace.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Tests.Email;

[Collection(ServersCollection.Name)]
public sealed class DeliveryStoreTests(ServersFixture servers) : IAsyncLifetime
{
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(1);

    private DbContextOptions<EmailDbContext> _options = null!;

    public async Task InitializeAsync() => _options = await EmailDatabaseScope.CreateAsync(servers);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task First_claim_records_the_request_as_pending_with_one_attempt()
    {
        var request = Request();

        var claim = await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        var delivery = await FindAsync(request.RequestId);
        Assert.Equal(DeliveryClaim.Claimed, claim);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal("person@example.test", delivery.Recipient);
        Assert.Equal(request.RequestedAt, delivery.RequestedAt);
        Assert.NotNull(delivery.ClaimedUntil);
    }

    [Fact]
    public async Task Second_claim_while_the_first_holds_it_is_in_progress()
    {
        var request = Request();
        await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        var claim = await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        Assert.Equal(DeliveryClaim.InProgress, claim);
        Assert.Equal(1, (await FindAsync(request.RequestId)).Attempts);
    }

    [Fact]
    public async Task Claim_whose_lease_lapsed_can_be_taken_over()
    {
        var request = Request();
        await WithStoreAsync(store => store.ClaimAsync(request, TimeSpan.Zero, default));

        var claim = await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        Assert.Equal(DeliveryClaim.Claimed, claim);
        Assert.Equal(2, (await FindAsync(request.RequestId)).Attempts);
    }

    [Fact]
    public async Task Sent_request_is_never_claimed_again()
    {
        var request = Request();
        await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));
        await WithStoreAsync(store => store.MarkSentAsync(request.RequestId, default));

        var claim = await WithStoreAsync(store => store.ClaimAsync(request, TimeSpan.Zero, default));

        var delivery = await FindAsync(request.RequestId);
        Assert.Equal(DeliveryClaim.AlreadySent, claim);
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.NotNull(delivery.SentAt);
        Assert.Null(delivery.ClaimedUntil);
    }

    [Fact]
    public async Task Failed_attempt_releases_the_claim_and_keeps_the_request_pending()
    {
        var request = Request();
        await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        await WithStoreAsync(store => store.RecordFailureAsync(request.RequestId, "busy", final: false, default));
        var claim = await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        Assert.Equal(DeliveryClaim.Claimed, claim);
        Assert.Equal("busy", (await FindAsync(request.RequestId)).LastError);
    }

    [Fact]
    public async Task Final_failure_gives_the_request_up_for_good()
    {
        var request = Request();
        await WithStoreAsync(store => store.ClaimAsync(request, s_lease, default));

        await WithStoreAsync(store => store.RecordFailureAsync(request.RequestId, new string('x', 900), true, default));
        var claim = await WithStoreAsync(store => store.ClaimAsync(request, TimeSpan.Zero, default));

        var delivery = await FindAsync(request.RequestId);
        Assert.Equal(DeliveryClaim.AlreadyFailed, claim);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(EmailDbContext.LastErrorMaxLength, delivery.LastError!.Length);
    }

    [Fact]
    public async Task Concurrent_first_claims_of_one_request_grant_it_once()
    {
        var request = Request();

        var claims = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => WithStoreAsync(store => store.ClaimAsync(request, s_lease, default))));

        Assert.Single(claims, claim => claim == DeliveryClaim.Claimed);
        Assert.Equal(1, await CountAsync());
    }

    private static EmailRequested Request() => new(
        Guid.NewGuid(),
        EmailTemplates.EmailConfirmation,
        "person@example.test",
        new Dictionary<string, string> { ["link"] = "https://blackspace.test/confirm-email#token=t" },
        new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private async Task<T> WithStoreAsync<T>(Func<DeliveryStore, Task<T>> act)
    {
        await using var db = new EmailDbContext(_options);
        return await act(new DeliveryStore(db, TimeProvider.System));
    }

    private async Task WithStoreAsync(Func<DeliveryStore, Task> act)
    {
        await using var db = new EmailDbContext(_options);
        await act(new DeliveryStore(db, TimeProvider.System));
    }

    private async Task<Delivery> FindAsync(Guid requestId)
    {
        await using var db = new EmailDbContext(_options);
        return (await new DeliveryStore(db, TimeProvider.System).FindAsync(requestId, default))!;
    }

    private async Task<int> CountAsync()
    {
        await using var db = new EmailDbContext(_options);
        return await db.Deliveries.CountAsync();
    }
}
