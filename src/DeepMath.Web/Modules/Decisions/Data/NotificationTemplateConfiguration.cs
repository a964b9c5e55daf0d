using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Decisions.Data;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> builder)
    {
        builder.ToTable("notification_templates", Schemas.Decisions);
        builder.HasKey(t => new { t.CallId, t.OutcomeKey });
        builder.Property(t => t.OutcomeKey).HasMaxLength(CustomOutcome.KeyMaxLength);
        builder.Property(t => t.Subject).HasMaxLength(NotificationTemplate.SubjectMaxLength);
        builder.Property(t => t.Body).HasMaxLength(NotificationTemplate.BodyMaxLength);
        builder.Property(t => t.UpdatedBy).HasMaxLength(450);
    }
}
