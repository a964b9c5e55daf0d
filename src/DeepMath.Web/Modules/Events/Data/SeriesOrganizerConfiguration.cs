using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class SeriesOrganizerConfiguration : IEntityTypeConfiguration<SeriesOrganizer>
{
    public void Configure(EntityTypeBuilder<SeriesOrganizer> builder)
    {
        builder.ToTable("series_organizers", Schemas.Events);
        builder.HasKey(o => new { o.SeriesId, o.UserId });
        builder.HasOne<Series>().WithMany().HasForeignKey(o => o.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
