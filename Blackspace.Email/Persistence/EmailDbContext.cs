using Blackspace.Email.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Blackspace.Email.Persistence;

/// <summary>The Email service's own tables in <c>emaildb</c>; Wolverine keeps its inbox in the same database.</summary>
public sealed class EmailDbContext(DbContextOptions<EmailDbContext> options) : DbContext(options)
{
    public const int LastErrorMaxLength = 500;

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var delivery = modelBuilder.Entity<Delivery>();
        delivery.ToTable("deliveries");
        delivery.HasKey(d => d.RequestId);
        delivery.Property(d => d.RequestId).ValueGeneratedNever();
        delivery.Property(d => d.Template).HasMaxLength(100);
        delivery.Property(d => d.Recipient).HasMaxLength(320);
        delivery.Property(d => d.Status)
            .HasConversion(
                status => status.ToString().ToLowerInvariant(),
                text => Enum.Parse<DeliveryStatus>(text, true))
            .HasMaxLength(16);
        delivery.Property(d => d.LastError).HasMaxLength(LastErrorMaxLength);
        delivery.HasIndex(d => d.Status);
    }
}
