namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>
/// The seats of one event as read under its lock: capacity, confirmed registrations by ticket type,
/// each type's cap, and the types someone is waiting for. Taking a seat updates the map, so one
/// lock can seat several people (promotion) without reading the database again.
/// </summary>
public sealed class SeatMap(int capacity, IReadOnlyDictionary<Guid, int?> caps, Dictionary<Guid, int> confirmedByType, ISet<Guid> waitingTypes)
{
    public int Capacity => capacity;

    public int Confirmed => confirmedByType.Values.Sum();

    public int FreeSeats => Math.Max(0, capacity - Confirmed);

    public SeatCounts CountsFor(Guid ticketTypeId) =>
        new(capacity, Confirmed, caps.GetValueOrDefault(ticketTypeId), confirmedByType.GetValueOrDefault(ticketTypeId));

    public bool HasSeatFor(Guid ticketTypeId) => CountsFor(ticketTypeId).HasSeat;

    /// <summary>
    /// Whether a newcomer of this type may take a seat now: there is one, and nobody already waiting
    /// could take it (a freed seat goes to the waiting list first, by the promotion job).
    /// </summary>
    public bool NewcomerMaySit(Guid ticketTypeId) => HasSeatFor(ticketTypeId) && !waitingTypes.Any(HasSeatFor);

    public void Wait(Guid ticketTypeId) => waitingTypes.Add(ticketTypeId);

    public void Take(Guid ticketTypeId) => confirmedByType[ticketTypeId] = confirmedByType.GetValueOrDefault(ticketTypeId) + 1;
}
