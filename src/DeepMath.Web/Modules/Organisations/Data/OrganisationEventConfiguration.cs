using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class OrganisationEventConfiguration : IEntityTypeConfiguration<OrganisationEvent>
{
    public void Configure(EntityTypeBuilder<OrganisationEvent> builder)
    {
        builder.ToTable("organisation_events", Schemas.Organisations);
        builder.HasKey(e => new { e.OrganisationId, e.EventId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.EventId);
    }
}
