using System.Text.Json;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Program.Data;

internal sealed class WorkingProgramConfiguration : IEntityTypeConfiguration<WorkingProgram>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<WorkingProgram> builder)
    {
        builder.ToTable("working_copies", Schemas.Program);
        builder.HasKey(w => w.EventId);
        builder.Property(w => w.Revision).IsConcurrencyToken();
        builder.Property(w => w.Draft)
            .HasColumnType("jsonb")
            .HasConversion(
                d => JsonSerializer.Serialize(d, Json),
                d => JsonSerializer.Deserialize<DraftProgram>(d, Json)!,
                // The draft is changed in place by the editor, so EF compares it by its JSON.
                new ValueComparer<DraftProgram>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    d => JsonSerializer.Serialize(d, Json).GetHashCode(StringComparison.Ordinal),
                    d => JsonSerializer.Deserialize<DraftProgram>(JsonSerializer.Serialize(d, Json), Json)!));
    }
}
