using Blackspace.Contracts.Email;
using Blackspace.Email.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Blackspace.Email.Deliveries;

/// <summary>
/// Records every email request in <c>deliveries</c> and guards its sending: an attempt first claims the delivery
/// with a conditional update, so duplicates of one request never send it twice, even at the same moment.
/// </summary>
public sealed class DeliveryStore(EmailDbContext db, TimeProvider time)
{
    /// <summary>Records the request if it is new, then tries to claim it for <paramref name="lease"/>.</summary>
    public async Task<DeliveryClaim> ClaimAsync(EmailRequested request, TimeSpan lease, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);

        await RecordAsync(request, ct);

        var now = time.GetUtcNow();
        var until = now + lease;
        var claimed = await db.Deliveries
            .Where(d => d.RequestId == request.RequestId
                && d.Status == DeliveryStatus.Pending
                && (d.ClaimedUntil == null || d.ClaimedUntil <= now))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(d => d.ClaimedUntil, until)
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                    .SetProperty(d => d.LastAttemptAt, now),
                ct);
        if (claimed == 1)
        {
            return DeliveryClaim.Claimed;
        }

        var status = await db.Deliveries
            .Where(d => d.RequestId == request.RequestId)
            .Select(d => d.Status)
            .SingleAsync(ct);
        return status switch
        {
            DeliveryStatus.Sent => DeliveryClaim.AlreadySent,
            DeliveryStatus.Failed => DeliveryClaim.AlreadyFailed,
            _ => DeliveryClaim.InProgress,
        };
    }

    public async Task MarkSentAsync(Guid requestId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await db.Deliveries
            .Where(d => d.RequestId == requestId)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(d => d.Status, DeliveryStatus.Sent)
                    .SetProperty(d => d.SentAt, now)
                    .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(d => d.LastError, (string?)null),
                ct);
    }

    /// <summary>Records a failed attempt; a <paramref name="final"/> failure gives the delivery up.</summary>
    public async Task RecordFailureAsync(Guid requestId, string error, bool final, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(error);

        var status = final ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        var lastError = error.Length <= EmailDbContext.LastErrorMaxLength
            ? error
            : error[..EmailDbContext.LastErrorMaxLength];
        await db.Deliveries
            .Where(d => d.RequestId == requestId && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(d => d.Status, status)
                    .SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(d => d.LastError, lastError),
                ct);
    }

    public Task<Delivery?> FindAsync(Guid requestId, CancellationToken ct) =>
        db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.RequestId == requestId, ct);

    private async Task RecordAsync(EmailRequested request, CancellationToken ct)
    {
        if (await db.Deliveries.AnyAsync(d => d.RequestId == request.RequestId, ct))
        {
            return;
        }

        var delivery = new Delivery
        {
            RequestId = request.RequestId,
            Template = request.Template.Length <= 100 ? request.Template : request.Template[..100],
            Recipient = request.To.Length <= 320 ? request.To : request.To[..320],
            Status = DeliveryStatus.Pending,
            RequestedAt = request.RequestedAt.ToUniversalTime(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Deliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
            when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A duplicate of this request recorded it first; the claim below settles who sends.
            db.Entry(delivery).State = EntityState.Detached;
        }
    }
}
