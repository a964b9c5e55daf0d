using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class EventSubscriberConfiguration : IEntityTypeConfiguration<EventSubscriber>
{
    public void Configure(EntityTypeBuilder<EventSubscriber> builder)
    {
        builder.ToTable("event_subscribers", Schemas.Events);
        builder.HasKey(s => new { s.EventId, s.UserId });
        builder.HasOne<Event>().WithMany().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
