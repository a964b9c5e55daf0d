using System.Net.Mail;
using DeepMath.Assignment;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>What a draft must satisfy to be saved, and what more a submission must satisfy.</summary>
public static class SubmissionValidator
{
    public static List<string> Errors(SubmissionForm form, IReadOnlyList<SubmissionAuthor> authors, CallInfo call, bool forSubmission)
    {
        var errors = new List<string>();
        var title = form.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            errors.Add("Give your abstract a title.");
        }
        else if (title.Length > Submission.TitleMaxLength)
        {
            errors.Add($"The title can have at most {Submission.TitleMaxLength} characters; it has {title.Length}.");
        }
        var words = SubmissionForm.CountWords(form.Abstract);
        if (words > Submission.AbstractMaxWords || (form.Abstract?.Length ?? 0) > Submission.AbstractMaxLength)
        {
            errors.Add($"The abstract can have at most {Submission.AbstractMaxWords} words; it has {words}.");
        }
        foreach (var (author, i) in authors.Select((a, i) => (a, i + 1)))
        {
            if (author.Name.Length is 0 or > SubmissionAuthor.NameMaxLength)
            {
                errors.Add($"Author {i}: give the author's full name (at most {SubmissionAuthor.NameMaxLength} characters).");
            }
            if (!IsEmail(author.Email))
            {
                errors.Add($"Author {i}: \"{author.Email}\" is not an e-mail address.");
            }
            if (author.Affiliation.Length > SubmissionAuthor.AffiliationMaxLength || author.Country.Length > SubmissionAuthor.CountryMaxLength)
            {
                errors.Add($"Author {i}: the affiliation or country is too long.");
            }
        }
        var duplicates = authors.GroupBy(a => a.Email, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            errors.Add($"Each author is listed once: {string.Join(", ", duplicates)} appears more than once.");
        }
        var unknownTopics = form.Topics.Except(call.Topics).ToList();
        var unknownDisciplines = form.Disciplines.Except(call.Disciplines).ToList();
        if (unknownTopics.Count > 0 || unknownDisciplines.Count > 0)
        {
            errors.Add($"Choose topics and disciplines from the call's lists; {string.Join(", ", unknownTopics.Concat(unknownDisciplines))} is not among them.");
        }
        if (form.Topics.Distinct().Count() > Submission.MaxTopics)
        {
            errors.Add($"Choose at most {Submission.MaxTopics} topics.");
        }
        // A whole area already covers its sub-topics; both would count the paper twice in that area.
        var overlapping = form.Topics.Where(t => NestedTopics.SubTopicOf(t) is not null && form.Topics.Contains(NestedTopics.AreaOf(t))).ToList();
        if (overlapping.Count > 0)
        {
            errors.Add($"You chose the whole area \"{NestedTopics.AreaOf(overlapping[0])}\" and its sub-topic \"{NestedTopics.SubTopicOf(overlapping[0])}\": "
                + "choose either the whole area or the sub-topics that fit.");
        }
        if ((form.ExceptionRequest?.Length ?? 0) > Submission.ExceptionRequestMaxLength)
        {
            errors.Add($"The format-exception request can have at most {Submission.ExceptionRequestMaxLength} characters.");
        }
        if (forSubmission)
        {
            if (words == 0)
            {
                errors.Add("Write the text abstract: reviewers choose what to review from it.");
            }
            if (authors.Count == 0)
            {
                errors.Add("List at least one author; the first listed author presents.");
            }
            if (form.Topics.Count == 0)
            {
                errors.Add($"Choose between 1 and {Submission.MaxTopics} topics.");
            }
            if (form.Disciplines.Count == 0)
            {
                errors.Add("Choose at least one discipline.");
            }
        }
        return errors;
    }

    private static bool IsEmail(string email) =>
        email.Length is > 0 and <= SubmissionAuthor.EmailMaxLength && !email.Contains(' ', StringComparison.Ordinal)
        && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
}
