using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.Presenters;

public sealed record PresentersPage(EventInfo Event, IReadOnlyList<PresenterStatus> Rows)
{
    public int Registered => Rows.Count(r => r.Registration is not null);
}
