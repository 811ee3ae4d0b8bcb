using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PollerLeaseConfiguration : IEntityTypeConfiguration<PollerLease>
{
    public void Configure(EntityTypeBuilder<PollerLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.Property(l => l.Holder).HasMaxLength(200);
        builder.HasData(new PollerLease { Name = PollerLease.EGovPoller, Holder = null, ExpiresAt = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) });
    }
}
