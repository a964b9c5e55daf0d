using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Reviewing.AnswerInvitation;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.AutoAssign;
using DeepMath.Web.Modules.Reviewing.Bidding;
using DeepMath.Web.Modules.Reviewing.ConfigureReviews;
using DeepMath.Web.Modules.Reviewing.Conflicts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using DeepMath.Web.Modules.Reviewing.InviteReviewers;
using DeepMath.Web.Modules.Reviewing.Jobs;
using DeepMath.Web.Modules.Reviewing.LateConflicts;
using DeepMath.Web.Modules.Reviewing.ManageCommittee;
using DeepMath.Web.Modules.Reviewing.MyReviewing;
using DeepMath.Web.Modules.Reviewing.Profile;
using DeepMath.Web.Modules.Reviewing.ReviewProgress;
using DeepMath.Web.Modules.Reviewing.WriteReview;

namespace DeepMath.Web.Modules.Reviewing;

public static class ReviewingModule
{
    public static IHostApplicationBuilder AddReviewingModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConflictFinder>();
        builder.Services.AddScoped<ReviewingAccess>();
        builder.Services.AddScoped<CallConflicts>();
        builder.Services.AddScoped<LateConflictsQuery>();
        builder.Services.AddScoped<DecideLateConflictHandler>();
        builder.Services.AddScoped<SaveProfileHandler>();
        builder.Services.AddScoped<RuleOnConflictsHandler>();
        builder.Services.AddScoped<BiddingQuery>();
        builder.Services.AddScoped<SaveBidHandler>();
        builder.Services.AddScoped<AssignmentStateQuery>();
        builder.Services.AddScoped<AssignmentWriter>();
        builder.Services.AddScoped<ManualAssignmentHandler>();
        builder.Services.AddScoped<UndoBatchHandler>();
        builder.Services.AddScoped<ApplyPlanHandler>();
        builder.Services.AddScoped<PreviewPlanQuery>();
        builder.Services.AddScoped<ReviewerAttributes.ReviewerAttributesQuery>();
        builder.Services.AddScoped<ReviewerAttributes.SaveAttributesHandler>();
        builder.Services.AddScoped<ReplaceReviewer.ReplaceQuery>();
        builder.Services.AddScoped<ReplaceReviewer.ReplaceReviewerHandler>();
        builder.Services.AddScoped<AssignedQuery>();
        builder.Services.AddScoped<ReviewCalendar>();
        builder.Services.AddScoped<SaveReviewSettingsHandler>();
        builder.Services.AddScoped<ReviewQuery>();
        builder.Services.AddScoped<OtherReviewsQuery>();
        builder.Services.AddScoped<AssignmentNotices>();
        builder.Services.AddScoped<SaveReviewHandler>();
        builder.Services.AddScoped<ReviewReminderMailer>();
        builder.Services.AddScoped<RemindReviewersJob>();
        builder.Services.AddScoped<ProgressQuery>();
        builder.Services.AddScoped<ReviewsForAuthors>();
        builder.Services.AddRecurringJob<RemindReviewersJob>(RemindReviewersJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        builder.Services.AddSingleton<InvitationTokens>();
        builder.Services.AddScoped<InvitationMailer>();
        builder.Services.AddScoped<CommitteeQuery>();
        builder.Services.AddScoped<InviteReviewersHandler>();
        builder.Services.AddScoped<ResendInvitationHandler>();
        builder.Services.AddScoped<WithdrawInvitationHandler>();
        builder.Services.AddScoped<CommitteeMembersHandler>();
        builder.Services.AddScoped<AnswerInvitationHandler>();
        builder.Services.AddScoped<DeclareConflictHandler>();
        builder.Services.AddScoped<CommitteeConflicts>();
        builder.Services.AddScoped<RemindInvitedReviewersJob>();
        builder.Services.AddRecurringJob<RemindInvitedReviewersJob>(RemindInvitedReviewersJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        builder.Services.AddScoped<ReviewScores>();
        builder.Services.AddScoped<ScoreTable.ScoreRefresh>();
        builder.Services.AddScoped<CallReviews>();
        builder.Services.AddScoped<UnfinishedReviewers>();
        builder.Services.AddScoped<AssignmentsQuery>();
        builder.Services.AddScoped<ConflictsQuery>();
        builder.Services.AddScoped<AddConflictHandler>();
        builder.Services.AddScoped<SubmissionReviewing>();
        builder.Services.AddScoped<MyReviewingQuery>();
        builder.Services.AddScoped<InvitationQuery>();
        builder.Services.AddScoped<ProfileQuery>();
        builder.Services.AddScoped<RemindReviewerHandler>();
        return builder;
    }
}
