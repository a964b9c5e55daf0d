namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>The counts, read under the event's lock, that decide whether one more person gets a seat.</summary>
public readonly record struct SeatCounts(int Capacity, int ConfirmedInEvent, int? TypeCap, int ConfirmedOfType)
{
    public bool EventHasSeat => ConfirmedInEvent < Capacity;

    public bool TypeHasSeat => TypeCap is not { } cap || ConfirmedOfType < cap;

    public bool HasSeat => EventHasSeat && TypeHasSeat;
}
