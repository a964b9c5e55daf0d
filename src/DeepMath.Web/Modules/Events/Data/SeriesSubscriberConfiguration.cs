using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class SeriesSubscriberConfiguration : IEntityTypeConfiguration<SeriesSubscriber>
{
    public void Configure(EntityTypeBuilder<SeriesSubscriber> builder)
    {
        builder.ToTable("series_subscribers", Schemas.Events);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Email).HasMaxLength(SeriesSubscriber.EmailMaxLength);
        builder.Property(s => s.Token).HasMaxLength(64);
        builder.HasIndex(s => s.Token).IsUnique();
        builder.HasIndex(s => new { s.SeriesId, s.Email }).IsUnique();
        builder.Ignore(s => s.IsActive);
        builder.HasOne<Series>().WithMany().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
