using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class OrganisationManagerConfiguration : IEntityTypeConfiguration<OrganisationManager>
{
    public void Configure(EntityTypeBuilder<OrganisationManager> builder)
    {
        builder.ToTable("organisation_managers", Schemas.Organisations);
        builder.HasKey(m => new { m.OrganisationId, m.UserId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.HasIndex(m => m.UserId);
    }
}
