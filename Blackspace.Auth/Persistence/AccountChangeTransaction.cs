using Blackspace.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.Runtime;

namespace Blackspace.Auth.Persistence;

/// <summary>
/// Runs one account change and the messages it publishes in a single database transaction: the email request is
/// written to Wolverine's outbox table beside the change, so either both are stored or neither is, and the
/// outbox delivers the message whenever the broker is reachable.
/// </summary>
public sealed class AccountChangeTransaction(AuthDbContext db, IWolverineRuntime runtime)
{
    /// <summary>
    /// Runs <paramref name="change"/>; it returns an error to roll everything back, or null to commit. The change
    /// must load what it needs itself, because a transient failure replays it from a clean change tracker.
    /// </summary>
    public Task<ApiError?> ExecuteAsync(
        Func<IMessageBus, CancellationToken, Task<ApiError?>> change,
        CancellationToken cancellationToken)
    {
        // Npgsql's retrying execution strategy refuses user transactions unless it owns the whole unit of work.
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);

                // A fresh outbox per attempt, so a replay never carries the messages of a failed attempt.
                var outbox = new DbContextOutbox<AuthDbContext>(runtime, db, []);
                var error = await change(outbox, token);
                if (error is not null)
                {
                    await transaction.RollbackAsync(token);
                    db.ChangeTracker.Clear();
                    return error;
                }

                await outbox.SaveChangesAndFlushMessagesAsync(token);
                return null;
            },
            cancellationToken);
    }
}
