using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Events.Data;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("calls", Schemas.Events);
        builder.HasKey(c => c.Id);
        builder.HasOne<Event>().WithMany().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Title).HasMaxLength(Call.TitleMaxLength);
        builder.Property(c => c.DeadlineZone).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Template).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Topics).HasColumnType("text[]");
        builder.Property(c => c.Disciplines).HasColumnType("text[]");
        builder.Property(c => c.FormatRules)
            .HasConversion(r => FormatRulesJson.Write(r!), json => FormatRulesJson.Read(json))
            .HasColumnType("jsonb");
    }
}
