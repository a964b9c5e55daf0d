using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Program.Data;

internal sealed class ScheduleTokenConfiguration : IEntityTypeConfiguration<ScheduleToken>
{
    public void Configure(EntityTypeBuilder<ScheduleToken> builder)
    {
        builder.ToTable("schedule_tokens", Schemas.Program);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.TokenHash).HasMaxLength(ScheduleToken.HashLength).IsFixedLength();
        builder.HasIndex(t => new { t.EventId, t.UserId }).IsUnique();
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
