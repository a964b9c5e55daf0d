using System.Net.Mail;
using System.Text.RegularExpressions;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Profile;

/// <summary>The reviewer's profile form; the list fields are one item per line.</summary>
public sealed class ProfileForm
{
    public List<string> Topics { get; set; } = [];
    public string? Statement { get; set; }
    public string? Affiliations { get; set; }
    public string? EmailDomains { get; set; }
    public string? MaxLoad { get; set; }
    public string? DeclaredPeople { get; set; }
    public string? DeclaredInstitutions { get; set; }

    /// <summary>BibTeX, or plain titles and abstracts, pasted; an uploaded file takes its place.</summary>
    public string? Publications { get; set; }

    public static ProfileForm From(Reviewer r) => new()
    {
        Topics = r.ExpertiseTopics, Statement = r.Statement, Affiliations = string.Join('\n', r.Affiliations),
        EmailDomains = string.Join('\n', r.EmailDomains), MaxLoad = r.MaxLoad?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DeclaredPeople = string.Join('\n', r.DeclaredPeople), DeclaredInstitutions = string.Join('\n', r.DeclaredInstitutions),
        Publications = r.Publications,
    };
}

public enum ProfileSaved
{
    Saved,

    /// <summary>Saved, except the conflict fields: their change went to the organizers.</summary>
    ConflictsSentToOrganizers,
}

/// <summary>
/// Checks a profile form against the call's topics and saves it; every refusal names the field and what to fix.
/// Once the call has closed, the conflict fields (affiliations, e-mail domains, declared people and institutions)
/// no longer change the profile: a change to them is recorded as a <see cref="ProfileChange"/> for the organizers,
/// so the reviewer's lists cannot reveal who an author is by a guess that makes an abstract vanish.
/// </summary>
public sealed partial class SaveProfileHandler(IReviewingData db, TimeProvider clock)
{
    public async Task<Result<ProfileSaved>> HandleAsync(Reviewer reviewer, IReadOnlyList<string> callTopics, bool callClosed, ProfileForm form,
        CancellationToken cancellationToken, IFormFile? publicationsFile = null)
    {
        var errors = new ErrorList();
        var publications = await PublicationsInput.ReadAsync(form, publicationsFile, errors, cancellationToken);
        var unknown = form.Topics.Where(t => !callTopics.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(nameof(form.Topics), $"Choose expertise topics from the call's list; \"{unknown[0]}\" is not one of them.");
        }
        var statement = (form.Statement ?? string.Empty).Trim();
        if (statement.Length > Reviewer.StatementMaxLength)
        {
            errors.Add(nameof(form.Statement), $"The expertise statement has {statement.Length} characters; the limit is {Reviewer.StatementMaxLength}.");
        }
        var affiliations = Lines(form.Affiliations, nameof(form.Affiliations), "affiliations", errors);
        var institutions = Lines(form.DeclaredInstitutions, nameof(form.DeclaredInstitutions), "declared institutions", errors);
        var domains = Lines(form.EmailDomains, nameof(form.EmailDomains), "e-mail domains", errors).Select(MailDomains.Clean).Distinct().ToList();
        foreach (var domain in domains)
        {
            if (!DomainPattern().IsMatch(domain))
            {
                errors.Add(nameof(form.EmailDomains), $"\"{domain}\" is not an e-mail domain; write it like cs.example.edu, without the @.");
            }
            else if (MailDomains.IsPublic(domain))
            {
                errors.Add(nameof(form.EmailDomains), $"{domain} is a public mail service and says nothing about conflicts; list your institutions' domains only.");
            }
        }
        var people = Lines(form.DeclaredPeople, nameof(form.DeclaredPeople), "declared people", errors).Select(p => p.ToLowerInvariant()).Distinct().ToList();
        foreach (var person in people.Where(p => !MailAddress.TryCreate(p, out var parsed) || parsed.Address != p || !p.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(nameof(form.DeclaredPeople), $"\"{person}\" is not an e-mail address; declare people by their e-mail, one per line.");
        }
        int? maxLoad = null;
        if (!string.IsNullOrWhiteSpace(form.MaxLoad))
        {
            if (int.TryParse(form.MaxLoad.Trim(), out var load) && load is >= 1 and <= Reviewer.MaxLoadLimit)
            {
                maxLoad = load;
            }
            else
            {
                errors.Add(nameof(form.MaxLoad), $"The maximum load is a whole number of submissions from 1 to {Reviewer.MaxLoadLimit}; \"{form.MaxLoad.Trim()}\" is not.");
            }
        }
        else
        {
            errors.Add(nameof(form.MaxLoad), "Say how many submissions you can review at most (a whole number from 1).");
        }
        if (errors.Any)
        {
            return Result<ProfileSaved>.Invalid(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        reviewer.ExpertiseTopics = [.. callTopics.Where(form.Topics.Contains)];
        reviewer.Statement = statement;
        reviewer.MaxLoad = maxLoad;
        reviewer.ProfileUpdatedAt = now;
        reviewer.Publications = publications.Raw;
        reviewer.PublicationText = publications.Text;
        var changed = !Same(reviewer.Affiliations, affiliations) || !Same(reviewer.EmailDomains, domains)
            || !Same(reviewer.DeclaredPeople, people) || !Same(reviewer.DeclaredInstitutions, institutions);
        if (callClosed && changed)
        {
            // One open change per reviewer: the latest wording replaces an earlier one the organizers have not acted on.
            var open = await db.ProfileChanges.SingleOrDefaultAsync(c => c.ReviewerId == reviewer.Id && c.State == ProfileChangeState.Open, cancellationToken);
            if (open is null)
            {
                open = new ProfileChange { CallId = reviewer.CallId, ReviewerId = reviewer.Id };
                db.ProfileChanges.Add(open);
            }
            open.RequestedAt = now;
            open.Affiliations = affiliations;
            open.EmailDomains = domains;
            open.DeclaredPeople = people;
            open.DeclaredInstitutions = institutions;
        }
        else if (!callClosed)
        {
            reviewer.Affiliations = affiliations;
            reviewer.EmailDomains = domains;
            reviewer.DeclaredPeople = people;
            reviewer.DeclaredInstitutions = institutions;
        }
        await db.SaveChangesAsync(cancellationToken);
        return callClosed && changed ? ProfileSaved.ConflictsSentToOrganizers : ProfileSaved.Saved;
    }

    private static bool Same(IEnumerable<string> stored, IEnumerable<string> typed) =>
        stored.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(typed);

    private static List<string> Lines(string? text, string field, string what, ErrorList errors)
    {
        var lines = (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (lines.Count > Reviewer.MaxLines)
        {
            errors.Add(field, $"List at most {Reviewer.MaxLines} {what}, one per line; there are {lines.Count}.");
        }
        if (lines.FirstOrDefault(l => l.Length > Reviewer.LineMaxLength) is { } longLine)
        {
            errors.Add(field, $"Each of the {what} fits in {Reviewer.LineMaxLength} characters; \"{longLine[..40]}…\" is longer.");
        }
        return lines;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")]
    private static partial Regex DomainPattern();
}
