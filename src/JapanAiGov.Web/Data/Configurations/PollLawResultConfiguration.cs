using JapanAiGov.Web.Polling;
using JapanAiGov.Web.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class PollLawResultConfiguration : IEntityTypeConfiguration<PollLawResult>
{
    public void Configure(EntityTypeBuilder<PollLawResult> builder)
    {
        builder.Property(r => r.LawId).HasMaxLength(15);
        builder.Property(r => r.NowInForce).HasMaxLength(60);
        builder.Property(r => r.Error).HasMaxLength(PollRun.ErrorMaxLength);
        builder.HasOne<WatchedLaw>().WithMany().HasForeignKey(r => r.WatchedLawId).OnDelete(DeleteBehavior.SetNull);
    }
}
