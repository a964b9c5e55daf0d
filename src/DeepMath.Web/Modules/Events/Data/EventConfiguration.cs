using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events", Schemas.Events);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Series).HasMaxLength(200);
        builder.Property(e => e.Title).HasMaxLength(Event.TitleMaxLength);
        builder.Property(e => e.Slug).HasMaxLength(Event.SlugMaxLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.DescriptionMarkdown).HasMaxLength(Event.DescriptionMaxLength);
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.CountryCode).HasMaxLength(2);
        builder.Ignore(e => e.TimeZone);
        builder.Ignore(e => e.StartsAt);
        builder.Ignore(e => e.EndsAt);
        builder.Property(e => e.Room).HasMaxLength(200);
        builder.Property(e => e.HostInstitution).HasMaxLength(Series.HostMaxLength);
        builder.HasOne<Event>().WithMany().HasForeignKey(e => e.ParentEventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Series>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Speaker>().WithMany().HasForeignKey(e => e.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.SeriesId, e.StartsOn });
    }
}
