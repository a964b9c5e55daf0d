using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.Web.Modules.Registration.CancelRegistration;

/// <summary>What cancelling a registration leads to, said on the confirmation page before it happens.</summary>
public static class CancelConsequences
{
    public static string[] Of(EventRegistration registration, bool byOrganizer)
    {
        var who = byOrganizer ? $"{registration.BadgeName}'s" : "Your";
        var list = new List<string>();
        if (registration.State == RegistrationState.Waitlisted)
        {
            list.Add($"{who} place on the waiting list is given up; joining again starts at the end of the list.");
            return [.. list];
        }
        list.Add($"{who} seat goes to the first person waiting; registering again may land on the waiting list if the event is full.");
        list.Add("The ticket's QR code stops working at check-in.");
        if (registration.PaidAt is not null)
        {
            list.Add("The fee was paid: DeepMath refunds nothing by itself. " + (byOrganizer ? "Refund it by your usual means if due." : "Write to the organizers about a refund."));
        }
        if (registration.CheckedInAt is not null)
        {
            list.Add($"The attendee was already checked in ({registration.CheckedInAt:yyyy-MM-dd HH:mm} UTC); the check-in stays on record.");
        }
        return [.. list];
    }
}
