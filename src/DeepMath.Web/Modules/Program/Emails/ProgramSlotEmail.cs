using System.Globalization;
using System.Text;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Program.Calendar;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Emails;

/// <summary>
/// Tells one presenter (speaker, panelist…) what a release changed about their own item: placed, moved or
/// cancelled, with an .ics of the slot (not for a cancelled one). One message per release, item and person;
/// the key makes a second queueing of the same one a no-op.
/// </summary>
public static class ProgramSlotEmail
{
    public static string KeyFor(Guid releaseId, Guid itemId, string email) =>
        $"program-release:{releaseId:N}:{itemId:N}:{email.Trim().ToLowerInvariant()}";

    /// <summary>Every message a release sends: one per changed item and person with an e-mail address.</summary>
    public static IReadOnlyList<OutboxItem> For(string eventTitle, ProgramRelease release, IReadOnlyList<ItemChange> changes, string changesUrl)
    {
        var items = new List<OutboxItem>();
        foreach (var change in changes)
        {
            foreach (var person in change.People.Where(p => !string.IsNullOrWhiteSpace(p.Email)).DistinctBy(p => p.Email!.Trim().ToLowerInvariant()))
            {
                items.Add(new OutboxItem(Compose(eventTitle, release, change, person, changesUrl), KeyFor(release.Id, change.ItemId, person.Email!), release.EventId));
            }
        }
        return items;
    }

    public static EmailMessage Compose(string eventTitle, ProgramRelease release, ItemChange change, ProgramPerson person, string changesUrl)
    {
        var what = SessionKindNames.Of(change.ItemKind).ToLowerInvariant();
        var (subject, opening) = change.Kind switch
        {
            ChangeKind.New => ($"{eventTitle}: your {what} is in the program", $"Your {what} \"{change.Title}\" is in the program of {eventTitle}:"),
            ChangeKind.Moved => ($"{eventTitle}: your {what} has moved", $"Your {what} \"{change.Title}\" has moved in the program of {eventTitle}. It was {Describe(change.Before!)}; it is now:"),
            _ => ($"{eventTitle}: your {what} is no longer in the program", $"Your {what} \"{change.Title}\" ({Describe(change.Before!)}) is no longer in the program of {eventTitle}. If this is unexpected, please reply to the organizers."),
        };
        var template = new EmailTemplate().Paragraph($"Dear {person.Name},").Paragraph(opening);
        if (change.After is { } after)
        {
            template.Paragraph(Describe(after) + $" (times in {release.Snapshot.TimeZoneId}). The attached calendar file holds the slot.");
        }
        template.Paragraph($"Program release {release.Version}: {release.Name}.").Action("What changed in this release", changesUrl);
        var message = template.To(person.Email!, person.Name, subject);
        if (change.After is null)
        {
            return message;
        }
        var ics = ProgramCalendar.Write(release.Snapshot, new CalendarEdition(eventTitle, release.Version, release.ReleasedAt), CalendarSelection.Item(change.ItemId));
        return message with { Attachments = [new EmailAttachment("slot.ics", "text/calendar", Encoding.UTF8.GetBytes(ics))] };
    }

    private static string Describe(ItemPlace place) =>
        $"{place.Day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}, {place.Starts:HH\\:mm}–{place.Ends:HH\\:mm}" +
        $"{(place.Room is null ? "" : $", {place.Room}")}, session \"{place.SessionTitle}\"{(place.BoardNumber is { } b ? $", board {b}" : "")}";
}
