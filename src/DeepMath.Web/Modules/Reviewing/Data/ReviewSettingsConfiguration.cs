using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeepMath.Web.Modules.Reviewing.Data;

internal sealed class ReviewSettingsConfiguration : IEntityTypeConfiguration<ReviewSettings>
{
    public void Configure(EntityTypeBuilder<ReviewSettings> builder)
    {
        builder.ToTable("review_settings", Schemas.Reviewing);
        builder.HasKey(s => s.CallId);
        builder.Property(s => s.CallId).ValueGeneratedNever();
        builder.Property(s => s.Form)
            .HasConversion(JsonColumn.Converter(() => ReviewForm.Default), JsonColumn.Comparer<ReviewForm>())
            .HasColumnType("jsonb");
        builder.Property(s => s.UpdatedBy).HasMaxLength(450);
    }
}
