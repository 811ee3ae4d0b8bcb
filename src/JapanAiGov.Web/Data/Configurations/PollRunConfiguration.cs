using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PollRunConfiguration : IEntityTypeConfiguration<PollRun>
{
    public void Configure(EntityTypeBuilder<PollRun> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.Outcome, r.FinishedAt });
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(PollRun.ErrorMaxLength);
        builder.HasMany(r => r.Laws).WithOne().HasForeignKey(l => l.PollRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
