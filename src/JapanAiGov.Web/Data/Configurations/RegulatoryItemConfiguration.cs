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
        builder.Property(i => i.TitleJa).HasMaxLength(RegulatoryItem.TitleMaxLength).HasDefaultValue(string.Empty);
        builder.Property(i => i.SummaryJa).HasMaxLength(RegulatoryItem.MarkdownMaxLength).HasDefaultValue(string.Empty);
        builder.Property(i => i.WhatToWatchJa).HasMaxLength(RegulatoryItem.MarkdownMaxLength).HasDefaultValue(string.Empty);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.WithdrawalReason).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(i => i.ActionReason).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(i => i.ActionReasonJa).HasMaxLength(RegulatoryItem.ReasonMaxLength);
        builder.Property(i => i.ActionTrigger).HasMaxLength(RegulatoryItem.TriggerMaxLength);
        builder.Property(i => i.ActionTriggerJa).HasMaxLength(RegulatoryItem.TriggerMaxLength);
        builder.Property(i => i.ActionDueLabel).HasMaxLength(RegulatoryItem.DueLabelMaxLength);
        builder.Property(i => i.ActionDueLabelJa).HasMaxLength(RegulatoryItem.DueLabelMaxLength);
        builder.HasIndex(i => i.Action);
        // The dashboard's status cards and topic list group on these two: from this index alone, without reading the
        // rows (a scan of 5,000 items' Markdown was most of a dashboard request).
        builder.HasIndex(i => new { i.Status, i.Topic });
        builder.HasIndex(i => i.Topic);

        // The dashboard's order: a page of 50 is read off the index instead of sorting every item.
        builder.HasIndex(i => new { i.StatusChangedAt, i.Title, i.Id }).IsDescending(true, false, false).HasDatabaseName("IX_Items_DashboardOrder");
        builder.HasMany(i => i.Sources).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.StatusChanges).WithOne(c => c.Item).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.ActionChanges).WithOne(c => c.Item).HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
