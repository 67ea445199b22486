using Blackspace.Auth.Persistence;
using Blackspace.Auth.Security;
using Blackspace.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Auth.EmailConfirmation;

/// <summary>Marks an account's address confirmed when its owner presents the token we mailed.</summary>
public sealed partial class ConfirmEmailHandler(
    AuthDbContext db,
    AccountChangeTransaction transaction,
    TimeProvider clock,
    ILogger<ConfirmEmailHandler> logger)
{
    public async Task<ApiError?> ConfirmAsync(ConfirmEmailRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Token))
        {
            return CommonErrors.InvalidRequest;
        }

        if (!OpaqueToken.TryHash(request.Token, out var hash))
        {
            return ConfirmationErrors.Unknown;
        }

        var now = clock.GetUtcNow();
        Guid accountId = default;
        try
        {
            var error = await transaction.ExecuteAsync(
                async (_, ct) =>
                {
                    var confirmation = await db.Confirmations.SingleOrDefaultAsync(c => c.TokenHash == hash, ct);
                    if (confirmation is null)
                    {
                        return ConfirmationErrors.Unknown;
                    }

                    var confirmationError = ConfirmationErrors.Check(confirmation, now);
                    if (confirmationError is not null)
                    {
                        return confirmationError;
                    }

                    var account = await db.Users.SingleAsync(u => u.Id == confirmation.AccountId, ct);
                    account.EmailConfirmed = true;
                    confirmation.ConfirmedAt = now;
                    accountId = account.Id;
                    return null;
                },
                cancellationToken);
            if (error is not null)
            {
                return error;
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same link was followed twice at once; the other request confirmed the address.
            return ConfirmationErrors.Used;
        }

        LogConfirmed(accountId);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} confirmed its email address")]
    private partial void LogConfirmed(Guid accountId);
}
