using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.OrganisationPage;

public sealed record NewsSummary(Guid Id, string Title, DateOnly PublishedOn, bool IsDraft);

public sealed record AwardCallSummary(Guid CallId, string AwardName, string CallTitle, string EventSlug, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen);

public sealed record OrganisationPageModel(
    Organisation Organisation,
    IReadOnlyList<NewsSummary> News,
    IReadOnlyList<EventListing> Events,
    IReadOnlyList<ExternalEvent> ExternalEvents,
    IReadOnlyList<AwardCallSummary> AwardCalls,
    bool CanManage);
