using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Organisations.Data;

internal sealed class AwardCallConfiguration : IEntityTypeConfiguration<AwardCall>
{
    public void Configure(EntityTypeBuilder<AwardCall> builder)
    {
        builder.ToTable("award_calls", Schemas.Organisations);
        builder.HasKey(a => a.CallId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.AwardName).HasMaxLength(AwardCall.AwardNameMaxLength);
        builder.HasIndex(a => a.OrganisationId);
    }
}
