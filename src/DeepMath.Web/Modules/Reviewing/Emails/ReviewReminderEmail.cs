using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Reviewing.Emails;

/// <summary>Which reminder a reviewer gets.</summary>
public enum ReviewReminderKind
{
    ThreeDaysBefore = 0,
    OneDayBefore = 1,
    Overdue = 2,
    FromOrganizers = 3,
}

/// <summary>
/// To a reviewer with unfinished reviews: before the deadline, daily once overdue, or when an organizer
/// asks. It names the abstracts by number and title only: never an author.
/// </summary>
public static class ReviewReminderEmail
{
    public sealed record Item(int Number, string Title, string Url);

    public static EmailMessage Create(string address, string name, string eventTitle, ReviewReminderKind kind, string? due, IReadOnlyList<Item> unfinished, string listUrl)
    {
        var count = unfinished.Count == 1 ? "1 review" : $"{unfinished.Count} reviews";
        var dueText = due is null ? string.Empty : $" Reviews are due {due}.";
        var (lead, subject) = kind switch
        {
            ReviewReminderKind.ThreeDaysBefore => ($"You have {count} to finish for {eventTitle}; the deadline is in 3 days.{dueText}", $"{eventTitle}: {count} due in 3 days"),
            ReviewReminderKind.OneDayBefore => ($"You have {count} to finish for {eventTitle}; the deadline is in 1 day.{dueText}", $"{eventTitle}: {count} due tomorrow"),
            ReviewReminderKind.Overdue => ($"Your {count} for {eventTitle} {(unfinished.Count == 1 ? "is" : "are")} overdue.{dueText} Please submit as soon as you can: decisions depend on them.", $"{eventTitle}: {count} overdue"),
            _ => ($"The organizers of {eventTitle} remind you that you have {count} to finish.{dueText}", $"{eventTitle}: a reminder about your reviews"),
        };
        var template = new EmailTemplate().Paragraph($"Hello {name},").Paragraph(lead);
        foreach (var item in unfinished)
        {
            template.Paragraph($"Abstract {item.Number}, \"{item.Title}\": {item.Url}");
        }
        return template
            .Paragraph("A draft counts only once it is submitted.")
            .Action("Your assigned abstracts", listUrl)
            .To(address, name, subject);
    }
}
