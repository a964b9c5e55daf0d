using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Decisions.Dashboard;

public sealed record DashboardPage(CallInfo Call, DashboardFilter Filter, IReadOnlyList<DashboardRow> Rows, int Total,
    IReadOnlyDictionary<Guid, IReadOnlyList<AuthorDetails>> Authors, IReadOnlyList<DecisionOutcome> Outcomes, DecisionSummary Summary, int DisagreementSpread)
{
    public int Pages => Math.Max(1, (Total + DashboardFilter.PageSize - 1) / DashboardFilter.PageSize);

    public string OutcomeLabel(string? key) => Outcomes.FirstOrDefault(o => o.Key == key)?.Label ?? key ?? "undecided";
}
