using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Data;

/// <summary>The Decisions module's tables, and only those; other modules read them through Decisions' Contracts.</summary>
public interface IDecisionsData : IModuleData
{
    DbSet<Decision> Decisions { get; }

    DbSet<DecisionChange> DecisionChanges { get; }

    DbSet<CustomOutcome> CustomOutcomes { get; }

    DbSet<DecisionSettings> DecisionSettings { get; }

    DbSet<NotificationTemplate> NotificationTemplates { get; }

    DbSet<DecisionNotice> DecisionNotices { get; }
}
