using System.Globalization;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Documents;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Emails;
using DeepMath.Web.Modules.Registration.MyRegistration;

namespace DeepMath.Web.Modules.Registration.Tickets;

/// <summary>Makes tickets and the e-mails that carry them; the e-mails join the caller's transaction through the outbox.</summary>
public sealed class TicketIssuer(IOutbox outbox, LinkBuilder links)
{
    public static TicketDocument Document(EventInfo ev, EventRegistration registration, string ticketType, RegistrationSettings settings) =>
        new(ev.Title, Days(ev), ev.Venue, registration.BadgeName, registration.Affiliation, registration.Country, ticketType, registration.Reference,
            PaymentText(registration, settings.Currency), CheckInToken.Create(registration.Id, settings.TicketKey), PaperSize.ForCountry(ev.CountryCode));

    public static string PaymentText(EventRegistration registration, string currency) => registration.Payment switch
    {
        PaymentState.Due => $"Confirmed — payment due: {Money.Format(registration.Fee, currency)}",
        PaymentState.Paid => $"Confirmed — paid: {Money.Format(registration.Fee, currency)}",
        _ => "Confirmed — nothing to pay",
    };

    public static string Days(EventInfo ev) =>
        ev.StartsOn == ev.EndsOn
            ? ev.StartsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : ev.StartsOn.Month == ev.EndsOn.Month && ev.StartsOn.Year == ev.EndsOn.Year
                ? $"{ev.StartsOn.Day}–{ev.EndsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
                : $"{ev.StartsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} – {ev.EndsOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    public string PageUrl(EventInfo ev) => links.Action<MyRegistrationController>(nameof(MyRegistrationController.Index), new { slug = ev.Slug });

    /// <summary>Queues the confirmation with the PDF ticket, once per registration.</summary>
    public Task QueueConfirmedAsync(EventInfo ev, EventRegistration registration, string ticketType, RegistrationSettings settings, bool promoted, CancellationToken cancellationToken)
    {
        var pdf = TicketPdf.Render(Document(ev, registration, ticketType, settings));
        return outbox.QueueAsync(ConfirmedEmail(ev, registration, ticketType, settings, promoted, pdf), $"registration:{registration.Id}:confirmed", cancellationToken, ev.EventId);
    }

    private EmailMessage ConfirmedEmail(EventInfo ev, EventRegistration registration, string ticketType, RegistrationSettings settings, bool promoted, byte[] pdf) =>
        RegistrationConfirmedEmail.Create(registration.Email, registration.BadgeName, ev.Title, ticketType,
            Money.Format(registration.Fee, settings.Currency), promoted, registration.Payment == PaymentState.Due, PageUrl(ev), pdf);

    /// <summary>
    /// Queues the confirmations of registrations that have none yet (made in the caller's transaction, or found
    /// without one by <see cref="PendingTickets"/>): the e-mails are added without a look-up each.
    /// </summary>
    public void QueueNewConfirmations(EventInfo ev, IReadOnlyList<(EventRegistration Registration, string TicketType)> confirmed, RegistrationSettings settings)
    {
        var pdfs = new byte[confirmed.Count][];
        // Half the cores at most: under a burst the requests need the rest.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2) };
        Parallel.For(0, confirmed.Count, options, i => pdfs[i] = TicketPdf.Render(Document(ev, confirmed[i].Registration, confirmed[i].TicketType, settings)));
        for (var i = 0; i < confirmed.Count; i++)
        {
            var (registration, ticketType) = confirmed[i];
            outbox.QueueNew(ConfirmedEmail(ev, registration, ticketType, settings, promoted: false, pdfs[i]), $"registration:{registration.Id}:confirmed", ev.EventId);
        }
    }

    /// <summary>Queues the waiting-list e-mail of a registration made in the caller's transaction.</summary>
    public void QueueNewWaitlisted(EventInfo ev, EventRegistration registration, string ticketType, int place) =>
        outbox.QueueNew(WaitlistedEmail.Create(registration.Email, registration.BadgeName, ev.Title, ticketType, place, PageUrl(ev)),
            $"registration:{registration.Id}:waitlisted", ev.EventId);

    public Task QueueCancelledAsync(EventInfo ev, EventRegistration registration, bool byOrganizer, CancellationToken cancellationToken) =>
        outbox.QueueAsync(RegistrationCancelledEmail.Create(registration.Email, registration.BadgeName, ev.Title, byOrganizer, PageUrl(ev)),
            $"registration:{registration.Id}:cancelled", cancellationToken, ev.EventId);
}
