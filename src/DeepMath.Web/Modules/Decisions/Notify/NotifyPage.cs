using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Decisions.Notify;

public sealed record Undecided(Guid Id, int Number, string Title);

public sealed record NotifyPage(CallInfo Call, DecisionSettings Settings, DateTimeOffset? NotificationStartsAt, IReadOnlyList<(DecisionOutcome Outcome, int Awaiting)> Awaiting,
    int UndecidedCount, IReadOnlyList<Undecided> Undecided, IReadOnlyDictionary<OutboxState, int> States, IReadOnlyList<Delivery> Deliveries,
    IReadOnlyDictionary<Guid, int> Numbers)
{
    public const int DeliveriesShown = 200;

    public int AwaitingTotal => Awaiting.Sum(a => a.Awaiting);
}
