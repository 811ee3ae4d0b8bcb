using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class RegulatoryItemConfiguration : IEntityTypeConfiguration<RegulatoryItem>
{
    public void Configure(EntityTypeBuilder<RegulatoryItem> builder)
    {
        builder.ToTable("Items");
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Slug).HasMaxLength(100);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Topic).HasMaxLength(60);
        builder.Property(i => i.Jurisdiction).HasMaxLength(10);
        builder.Property(i => i.LawId).HasMaxLength(15);
        builder.Property(i => i.Summary).HasMaxLength(20_000);
        builder.Property(i => i.WhatToWatch).HasMaxLength(20_000);
        builder.Property(i => i.TitleJa).HasMaxLength(300).HasDefaultValue(string.Empty);
        builder.Property(i => i.SummaryJa).HasMaxLength(20_000).HasDefaultValue(string.Empty);
        builder.Property(i => i.WhatToWatchJa).HasMaxLength(20_000).HasDefaultValue(string.Empty);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => i.Topic);
        builder.HasMany(i => i.Sources).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.StatusChanges).WithOne(c => c.Item).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
