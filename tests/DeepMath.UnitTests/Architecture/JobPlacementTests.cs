using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Modules.Decisions.Jobs;
using DeepMath.Web.Modules.Events.Jobs;
using DeepMath.Web.Modules.Registration.Jobs;
using DeepMath.Web.Modules.Reviewing.Jobs;
using DeepMath.Web.Modules.Submissions.Jobs;

namespace DeepMath.UnitTests.Architecture;

public sealed class JobPlacementTests
{
    [Fact]
    public void Jobs_live_in_a_jobs_folder_and_end_in_job() =>
        Assert.Empty(JobPlacementRule.Violations(Assemblies.Web, "DeepMath.Web"));

    [Fact]
    public void Rule_sees_the_real_jobs() =>
        Assert.Equal(
            [typeof(DeliverOutboxJob).FullName, typeof(SendDecisionNotificationsJob).FullName, typeof(AnnounceSeriesTalksJob).FullName, typeof(RunCallLifecycleJob).FullName, typeof(DeepMath.Web.Modules.Program.Book.Jobs.BuildBookJob).FullName, typeof(DeepMath.Web.Modules.Program.Book.Jobs.CheckBooksJob).FullName, typeof(PromoteWaitingListJob).FullName, typeof(RemindPresentersJob).FullName, typeof(SendPendingTicketsJob).FullName, typeof(RemindInvitedReviewersJob).FullName, typeof(RemindReviewersJob).FullName, typeof(BuildPdfArchiveJob).FullName, typeof(ExpirePendingUploadsJob).FullName, typeof(SweepOrphanPdfObjectsJob).FullName],
            JobPlacementRule.Jobs(Assemblies.Web, "DeepMath.Web").GetTypes().Select(t => t.FullName).Order(StringComparer.Ordinal));

    [Fact]
    public void Rule_fails_on_misplaced_and_misnamed_jobs()
    {
        const string root = Assemblies.ViolationsNamespace + ".Jobs";

        Assert.Equal(
            [
                $"{root}.Modules.Alpha.Jobs.SendReminders",
                $"{root}.Modules.Alpha.Tasks.PurgeDraftsJob",
                $"{root}.Modules.Alpha.Tasks.RetryingCleaner",
            ],
            JobPlacementRule.Violations(Assemblies.Tests, root));
    }
}
