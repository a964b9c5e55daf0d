using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> builder)
    {
        builder.ToTable("speakers", Schemas.Events);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(Speaker.NameMaxLength);
        builder.Property(s => s.Affiliation).HasMaxLength(Speaker.AffiliationMaxLength);
        builder.Property(s => s.BiographyMarkdown).HasMaxLength(Speaker.BiographyMaxLength);
        builder.Property(s => s.Homepage).HasMaxLength(Speaker.HomepageMaxLength);
        builder.Property(s => s.PhotoContentType).HasMaxLength(20);
        builder.HasIndex(s => s.Name);
    }
}
