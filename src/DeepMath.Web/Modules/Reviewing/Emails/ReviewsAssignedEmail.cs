using DeepMath.Web.Infrastructure.Email;

namespace DeepMath.Web.Modules.Reviewing.Emails;

/// <summary>
/// To a reviewer, once per assignment batch: the abstracts it gave them, by number and title only (never an
/// author), and when reviews are due.
/// </summary>
public static class ReviewsAssignedEmail
{
    public sealed record Item(int Number, string Title, string Url);

    public static EmailMessage Create(string address, string name, string eventTitle, string callTitle, string? due, IReadOnlyList<Item> items, string listUrl)
    {
        var count = items.Count == 1 ? "1 abstract" : $"{items.Count} abstracts";
        var template = new EmailTemplate()
            .Paragraph($"Hello {name},")
            .Paragraph($"The organizers of {eventTitle} assigned {count} of the {callTitle} to you for review:");
        foreach (var item in items)
        {
            template.Paragraph($"Abstract {item.Number}, \"{item.Title}\": {item.Url}");
        }
        return template
            .Paragraph(due is null ? "The organizers will tell you when reviews are due." : $"Reviews are due {due}.")
            .Paragraph("Each PDF is a copy for reviewers: keep it confidential. A draft counts only once it is submitted.")
            .Action("Your assigned abstracts", listUrl)
            .To(address, name, $"{eventTitle}: {count} assigned to you for review");
    }
}
