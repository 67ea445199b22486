using Blackspace.Auth.Accounts;
using Blackspace.Auth.Configuration;
using Blackspace.Auth.Emails;
using Blackspace.Auth.Persistence;
using Blackspace.Auth.Security;
using Blackspace.Contracts.Email;
using Blackspace.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Blackspace.Auth.Invitations;

/// <summary>Creates, reads and revokes invitations on an administrator's behalf.</summary>
public sealed partial class InvitationHandler(
    AuthDbContext db,
    AccountChangeTransaction transaction,
    UserManager<Account> users,
    EmailLinks links,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<InvitationHandler> logger)
{
    public async Task<(InvitationResponse? Invitation, ApiError? Error)> CreateAsync(
        CreateInvitationRequest request,
        Guid administratorId,
        CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsValid(request.Email))
        {
            return (null, CommonErrors.InvalidRequest);
        }

        var now = clock.GetUtcNow();
        var expiresAt = InvitationRules.ResolveExpiry(request.ExpiresAt, now, options.Value.InvitationLifetime);
        if (expiresAt is null)
        {
            return (null, InvitationErrors.InvalidExpiry);
        }

        var normalizedEmail = users.NormalizeEmail(request.Email)!;
        var token = OpaqueToken.Create();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            Email = request.Email!,
            NormalizedEmail = normalizedEmail,
            TokenHash = token.Hash,
            CreatedBy = administratorId,
            CreatedAt = now,
            ExpiresAt = expiresAt.Value,
        };

        var error = await transaction.ExecuteAsync(
            async (bus, ct) =>
            {
                if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, ct))
                {
                    return InvitationErrors.AccountExists;
                }

                db.Invitations.Add(invitation);
                await bus.PublishAsync(new EmailRequested(
                    Guid.CreateVersion7(now),
                    EmailTemplates.Invitation,
                    invitation.Email,
                    new Dictionary<string, string>
                    {
                        ["link"] = links.SignUp(token.Value),
                        ["expiresAt"] = invitation.ExpiresAt.ToString("O"),
                    },
                    now));
                return null;
            },
            cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        LogCreated(invitation.Id, administratorId, invitation.ExpiresAt);
        return (InvitationResponse.From(invitation, now), null);
    }

    public async Task<InvitationResponse?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return invitation is null ? null : InvitationResponse.From(invitation, clock.GetUtcNow());
    }

    /// <summary>
    /// Revoking twice is harmless; revoking a used invitation is refused, since it no longer grants anything.
    /// </summary>
    public async Task<ApiError?> RevokeAsync(Guid id, Guid administratorId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invitation is null)
        {
            return InvitationErrors.NotFound;
        }

        if (invitation.UsedAt is not null)
        {
            return InvitationErrors.Used;
        }

        if (invitation.RevokedAt is null)
        {
            invitation.RevokedAt = clock.GetUtcNow();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A sign-up used it in the meantime.
                return InvitationErrors.Used;
            }

            LogRevoked(invitation.Id, administratorId);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Invitation {InvitationId} created by {AdministratorId}, expires {ExpiresAt}")]
    private partial void LogCreated(Guid invitationId, Guid administratorId, DateTimeOffset expiresAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invitation {InvitationId} revoked by {AdministratorId}")]
    private partial void LogRevoked(Guid invitationId, Guid administratorId);
}
