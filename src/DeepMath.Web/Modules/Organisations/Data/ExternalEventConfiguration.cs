using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class ExternalEventConfiguration : IEntityTypeConfiguration<ExternalEvent>
{
    public void Configure(EntityTypeBuilder<ExternalEvent> builder)
    {
        builder.ToTable("external_events", Schemas.Organisations);
        builder.HasKey(e => e.Id);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Title).HasMaxLength(ExternalEvent.TitleMaxLength);
        builder.Property(e => e.Place).HasMaxLength(ExternalEvent.PlaceMaxLength);
        builder.Property(e => e.Url).HasMaxLength(ExternalEvent.UrlMaxLength);
        builder.HasIndex(e => new { e.OrganisationId, e.StartsOn });
    }
}
