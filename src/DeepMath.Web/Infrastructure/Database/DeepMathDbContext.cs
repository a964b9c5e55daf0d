using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Accounts.Data;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Organisations.Data;
using DeepMath.Web.Modules.Organisations.Domain;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>
/// The one DbContext of DeepMath, Identity included. Each module keeps its tables in its own schema
/// and describes them in its own Data/ folder; modules refer to each other by id only. It implements each
/// module's data interface (I&lt;Module&gt;Data), which is all a module injects: its own tables only.
/// </summary>
public sealed class DeepMathDbContext(DbContextOptions<DeepMathDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext,
    IAccountsData,
    IEventsData,
    ISubmissionsData,
    IReviewingData,
    IDecisionsData,
    IProgramData,
    IOrganisationsData,
    IRegistrationData
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventOrganizer> EventOrganizers => Set<EventOrganizer>();
    public DbSet<EventSubscriber> EventSubscribers => Set<EventSubscriber>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Series> Series => Set<Series>();
    public DbSet<SeriesOrganizer> SeriesOrganizers => Set<SeriesOrganizer>();
    public DbSet<SeriesSubscriber> SeriesSubscribers => Set<SeriesSubscriber>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<CallTemplateFile> CallTemplates => Set<CallTemplateFile>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionCounter> SubmissionCounters => Set<SubmissionCounter>();
    public DbSet<SubmissionPdf> SubmissionPdfs => Set<SubmissionPdf>();

    public DbSet<SubmissionFinalVersion> SubmissionFinalVersions => Set<SubmissionFinalVersion>();

    public DbSet<PendingUpload> PendingUploads => Set<PendingUpload>();
    public DbSet<PdfBlob> PdfBlobs => Set<PdfBlob>();
    public DbSet<PdfArchive> PdfArchives => Set<PdfArchive>();
    public DbSet<Reviewer> Reviewers => Set<Reviewer>();
    public DbSet<Bid> Bids => Set<Bid>();
    public DbSet<ConflictRuling> ConflictRulings => Set<ConflictRuling>();
    public DbSet<ReviewerAssignment> Assignments => Set<ReviewerAssignment>();
    public DbSet<AssignmentBatch> AssignmentBatches => Set<AssignmentBatch>();
    public DbSet<AssignmentChange> AssignmentChanges => Set<AssignmentChange>();
    public DbSet<ReviewSettings> ReviewSettings => Set<ReviewSettings>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewerInvitation> ReviewerInvitations => Set<ReviewerInvitation>();
    public DbSet<AuthorConflict> AuthorConflicts => Set<AuthorConflict>();
    public DbSet<ReviewerConflict> ReviewerConflicts => Set<ReviewerConflict>();
    public DbSet<OrganizerConflict> OrganizerConflicts => Set<OrganizerConflict>();
    public DbSet<ProfileChange> ProfileChanges => Set<ProfileChange>();
    public DbSet<ComputedScore> ComputedScores => Set<ComputedScore>();
    public DbSet<ScoreState> ScoreStates => Set<ScoreState>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<DecisionChange> DecisionChanges => Set<DecisionChange>();
    public DbSet<CustomOutcome> CustomOutcomes => Set<CustomOutcome>();
    public DbSet<DecisionSettings> DecisionSettings => Set<DecisionSettings>();
    public DbSet<NotificationTemplate> NotificationTemplates => Set<NotificationTemplate>();
    public DbSet<DecisionNotice> DecisionNotices => Set<DecisionNotice>();
    public DbSet<RegistrationSettings> RegistrationSettings => Set<RegistrationSettings>();
    public DbSet<TicketType> TicketTypes => Set<TicketType>();
    public DbSet<Modules.Registration.Domain.EventRegistration> Registrations => Set<Modules.Registration.Domain.EventRegistration>();
    public DbSet<RegistrationCode> RegistrationCodes => Set<RegistrationCode>();
    public DbSet<PaymentLogEntry> PaymentLog => Set<PaymentLogEntry>();
    public DbSet<OrganizerInvitation> OrganizerInvitations => Set<OrganizerInvitation>();
    public DbSet<ProgramRelease> ProgramReleases => Set<ProgramRelease>();
    public DbSet<ProgramStar> ProgramStars => Set<ProgramStar>();
    public DbSet<ScheduleToken> ScheduleTokens => Set<ScheduleToken>();
    public DbSet<ProgramBook> ProgramBooks => Set<ProgramBook>();
    public DbSet<WorkingProgram> WorkingPrograms => Set<WorkingProgram>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationManager> OrganisationManagers => Set<OrganisationManager>();
    public DbSet<OrganisationEvent> OrganisationEvents => Set<OrganisationEvent>();
    public DbSet<ExternalEvent> ExternalEvents => Set<ExternalEvent>();
    public DbSet<NewsItem> NewsItems => Set<NewsItem>();
    public DbSet<AwardCall> AwardCalls => Set<AwardCall>();
    public DbSet<AwardApplication> AwardApplications => Set<AwardApplication>();
    public DbSet<ApplicationFile> ApplicationFiles => Set<ApplicationFile>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<CompletedStep> CompletedSteps => Set<CompletedStep>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DeepMathDbContext).Assembly);
        IdentitySchema.Configure(builder);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys", Schemas.Infrastructure);
    }
}
