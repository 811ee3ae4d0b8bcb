using JapanAiGov.Web.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JapanAiGov.Web.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Publisher).HasMaxLength(Source.PublisherMaxLength);
        builder.Property(s => s.Title).HasMaxLength(Source.TitleMaxLength);
        builder.Property(s => s.Url).HasMaxLength(Source.UrlMaxLength);
    }
}
