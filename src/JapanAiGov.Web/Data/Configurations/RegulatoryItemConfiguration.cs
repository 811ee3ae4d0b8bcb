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
        builder.Property(i => i.Slug).HasMaxLength(RegulatoryItem.SlugMaxLength);
        builder.Property(i => i.Title).HasMaxLength(RegulatoryItem.TitleMaxLength);
        builder.Property(i => i.Topic).HasMaxLength(RegulatoryItem.TopicMaxLength);
        builder.Property(i => i.Jurisdiction).HasMaxLength(RegulatoryItem.JurisdictionMaxLength);
        builder.Property(i => i.LawId).HasMaxLength(RegulatoryItem.LawIdLength);
        builder.Property(i => i.Summary).HasMaxLength(RegulatoryItem.MarkdownMaxLength);
        builder.Property(i => i.WhatToWatch).HasMaxLength(RegulatoryItem.MarkdownMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => i.Topic);
        builder.HasMany(i => i.Sources).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.StatusChanges).WithOne(c => c.Item).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
