using Blackspace.Auth.Accounts;
using Blackspace.Auth.Configuration;
using Blackspace.Auth.EmailConfirmation;
using Blackspace.Auth.Emails;
using Blackspace.Auth.Invitations;
using Blackspace.Auth.Persistence;
using Blackspace.Auth.Security;
using Blackspace.Contracts.Email;
using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blackspace.Auth.SignUp;

/// <summary>
/// Turns a valid invitation into an unconfirmed account. The account, the used invitation, the pending
/// confirmation and the confirmation email request are one transaction: a refusal leaves nothing behind.
/// </summary>
public sealed partial class SignUpHandler(
    AuthDbContext db,
    AccountChangeTransaction transaction,
    UserManager<Account> users,
    PasswordStrength passwordStrength,
    EmailLinks links,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<SignUpHandler> logger)
{
    public async Task<(ApiError? Error, string? Detail)> SignUpAsync(
        SignUpRequest request,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.InvitationToken)
            || !EmailAddress.IsValid(request.Email)
            || string.IsNullOrEmpty(request.Password))
        {
            return (CommonErrors.InvalidRequest, "invitationToken, email and password are required.");
        }

        if (PasswordStrength.IsTooLong(request.Password))
        {
            return (SignUpErrors.PasswordTooLong, PasswordStrength.TooLongReason);
        }

        if (!OpaqueToken.TryHash(request.InvitationToken, out var invitationHash))
        {
            return (InvitationErrors.Unknown, null);
        }

        var now = clock.GetUtcNow();
        var normalizedEmail = users.NormalizeEmail(request.Email)!;
        string? detail = null;
        Guid accountId = default;
        try
        {
            var error = await transaction.ExecuteAsync(
                async (bus, ct) =>
                {
                    var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == invitationHash, ct);
                    if (invitation is null)
                    {
                        return InvitationErrors.Unknown;
                    }

                    var invitationError = InvitationRules.CheckSignUp(invitation, normalizedEmail, now);
                    if (invitationError is not null)
                    {
                        return invitationError;
                    }

                    // Only someone holding a valid invitation for this address learns that the account exists.
                    if (await users.FindByEmailAsync(request.Email!) is not null)
                    {
                        return InvitationErrors.AccountExists;
                    }

                    var account = new Account
                    {
                        Id = Guid.CreateVersion7(now),
                        UserName = request.Email,
                        Email = request.Email,
                        CreatedAt = now,
                    };
                    var weaknesses = await passwordStrength.CheckAsync(account, request.Password);
                    if (weaknesses.Count > 0)
                    {
                        detail = string.Join(" ", weaknesses);
                        return SignUpErrors.WeakPassword;
                    }

                    var created = await users.CreateAsync(account, request.Password);
                    if (!created.Succeeded)
                    {
                        detail = string.Join(" ", created.Errors.Select(e => e.Description));
                        return created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                            ? InvitationErrors.AccountExists
                            : CommonErrors.InvalidRequest;
                    }

                    invitation.MarkUsed(account.Id, now);
                    await RequestConfirmationAsync(account, now, bus);
                    accountId = account.Id;
                    return null;
                },
                cancellationToken);
            if (error is not null)
            {
                return (error, detail);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return (InvitationErrors.Used, null);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            return (InvitationErrors.AccountExists, null);
        }

        LogSignedUp(accountId);
        return (null, null);
    }

    private async Task RequestConfirmationAsync(Account account, DateTimeOffset now, IMessageBus bus)
    {
        var token = OpaqueToken.Create();
        db.Confirmations.Add(new Confirmation
        {
            Id = Guid.CreateVersion7(now),
            AccountId = account.Id,
            TokenHash = token.Hash,
            CreatedAt = now,
            ExpiresAt = now + options.Value.EmailConfirmationLifetime,
        });

        await bus.PublishAsync(new EmailRequested(
            Guid.CreateVersion7(now),
            EmailTemplates.EmailConfirmation,
            account.Email!,
            new Dictionary<string, string> { ["link"] = links.ConfirmEmail(token.Value) },
            now));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {AccountId} signed up with an invitation")]
    private partial void LogSignedUp(Guid accountId);
}
