using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Bidding;
using DeepMath.Web.Modules.Reviewing.Conflicts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Profile;

namespace DeepMath.Web.Modules.Reviewing;

public static class ReviewingModule
{
    public static IHostApplicationBuilder AddReviewingModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConflictFinder>();
        builder.Services.AddScoped<ReviewingAccess>();
        builder.Services.AddScoped<CallConflicts>();
        builder.Services.AddScoped<SaveProfileHandler>();
        builder.Services.AddScoped<RuleOnConflictsHandler>();
        builder.Services.AddScoped<BiddingQuery>();
        builder.Services.AddScoped<SaveBidHandler>();
        builder.Services.AddScoped<ReviewScores>();
        builder.Services.AddScoped<CallReviews>();
        builder.Services.AddScoped<AuthorReviewsQuery>();
        return builder;
    }
}
