using Blackspace.Auth.Accounts;
using Blackspace.Auth.EmailConfirmation;
using Blackspace.Auth.Invitations;
using Blackspace.Auth.Tokens;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Blackspace.Auth.Persistence;

/// <summary>
/// Everything Auth stores in authdb: Identity, invitations, confirmations, the token server's entities and keys,
/// the Data Protection key ring, and (mapped, not migrated) Wolverine's outbox tables.
/// </summary>
public sealed class AuthDbContext(DbContextOptions<AuthDbContext> options)
    : IdentityDbContext<Account, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Wolverine creates and migrates its own tables in this schema.</summary>
    public const string WolverineSchema = "wolverine";

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Confirmation> Confirmations => Set<Confirmation>();

    public DbSet<TokenKey> TokenKeys => Set<TokenKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.UseOpenIddict();
        builder.MapWolverineEnvelopeStorage(WolverineSchema);

        builder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("Invitations");
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.NormalizedEmail).HasMaxLength(256);
            invitation.Property(i => i.TokenHash).HasMaxLength(32);
            invitation.Property(i => i.Version).IsRowVersion();
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => i.NormalizedEmail);
        });

        builder.Entity<Confirmation>(confirmation =>
        {
            confirmation.ToTable("EmailConfirmations");
            confirmation.Property(c => c.TokenHash).HasMaxLength(32);
            confirmation.Property(c => c.Version).IsRowVersion();
            confirmation.HasIndex(c => c.TokenHash).IsUnique();
            confirmation.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TokenKey>(key =>
        {
            key.ToTable("TokenKeys");
            key.Property(k => k.Purpose).HasMaxLength(32);

            // One key per purpose for now: instances starting together race to create it and the loser reloads.
            key.HasIndex(k => k.Purpose).IsUnique();
        });
    }
}
