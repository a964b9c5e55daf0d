using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Organisations.Data;

/// <summary>The Organisations module's tables, and only those; other modules read them through its Contracts.</summary>
public interface IOrganisationsData : IModuleData
{
    DbSet<Organisation> Organisations { get; }
    DbSet<OrganisationManager> OrganisationManagers { get; }
    DbSet<OrganisationEvent> OrganisationEvents { get; }
    DbSet<ExternalEvent> ExternalEvents { get; }
    DbSet<NewsItem> NewsItems { get; }
    DbSet<AwardCall> AwardCalls { get; }
    DbSet<AwardApplication> AwardApplications { get; }
    DbSet<ApplicationFile> ApplicationFiles { get; }
    DbSet<Award> Awards { get; }
}
