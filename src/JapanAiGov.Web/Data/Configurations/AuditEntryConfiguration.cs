using System.Text.Json;
using JapanAiGov.Web.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.EntityType).HasMaxLength(20);
        builder.Property(e => e.EntityKey).HasMaxLength(450);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.ItemId);
        builder.HasIndex(e => e.UserId);

        // Stored as one JSON text column: the list is written once and only ever read whole.
        builder.Property(e => e.Changes)
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<AuditFieldChange>>(json, JsonSerializerOptions.Default) ?? new List<AuditFieldChange>(),
                new ValueComparer<List<AuditFieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    list => list.ToList()));
    }
}
