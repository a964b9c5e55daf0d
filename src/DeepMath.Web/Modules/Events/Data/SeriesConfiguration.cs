using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.ToTable("series", Schemas.Events);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(Series.NameMaxLength);
        builder.Property(s => s.Slug).HasMaxLength(Series.SlugMaxLength);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.DescriptionMarkdown).HasMaxLength(Series.DescriptionMaxLength);
        builder.Property(s => s.Host).HasMaxLength(Series.HostMaxLength);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
    }
}
