using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ReviewerAttributes;

/// <summary>A row of the attributes table as posted.</summary>
public sealed class AttributeRow
{
    public Guid ReviewerId { get; set; }
    public bool Senior { get; set; }
    public string? Institution { get; set; }
    public string? Country { get; set; }
}

/// <summary>
/// Saves the committee's attributes from the table, or imports them from CSV lines <c>email,senior,institution,country</c>.
/// An import is all or nothing: one bad line refuses it with every bad line named, and the text comes back to correct.
/// </summary>
public sealed class SaveAttributesHandler(IReviewingData db, AccountDirectory accounts)
{
    public const string CsvField = "csv";

    public async Task<Result<string>> SaveAsync(CallInfo call, IReadOnlyList<AttributeRow> rows, CancellationToken cancellationToken)
    {
        var reviewers = await db.Reviewers.Where(r => r.CallId == call.CallId).ToDictionaryAsync(r => r.Id, cancellationToken);
        var changed = 0;
        foreach (var row in rows)
        {
            if (!reviewers.TryGetValue(row.ReviewerId, out var reviewer))
            {
                return Result<string>.Invalid("The form named a reviewer who is not on this committee; reload the page and try again.");
            }
            changed += Apply(reviewer, row.Senior, Clean(row.Institution), Clean(row.Country)) ? 1 : 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        return $"Attributes saved ({changed} reviewer(s) changed).";
    }

    public async Task<Result<string>> ImportAsync(CallInfo call, string? csv, CancellationToken cancellationToken)
    {
        var reviewers = await db.Reviewers.Where(r => r.CallId == call.CallId).ToListAsync(cancellationToken);
        var contacts = await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken);
        var byEmail = contacts.Join(reviewers, c => c.UserId, r => r.UserId, (c, r) => (c.Email, r))
            .ToDictionary(x => x.Email.ToLowerInvariant(), x => x.r);
        var errors = new ErrorList();
        var parsed = new List<(Reviewer Reviewer, bool Senior, string? Institution, string? Country)>();
        var lines = (csv ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || (i == 0 && line.StartsWith("email", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // blank lines and a header
            }
            var cells = line.Split(',').Select(c => c.Trim().Trim('"').Trim()).ToArray();
            if (cells.Length is < 2 or > 4)
            {
                errors.Add(CsvField, $"Line {i + 1}: write email,senior,institution,country (institution and country may be empty); \"{line}\" has {cells.Length} field(s).");
                continue;
            }
            if (!byEmail.TryGetValue(cells[0].ToLowerInvariant(), out var reviewer))
            {
                errors.Add(CsvField, $"Line {i + 1}: no member of this committee has the e-mail \"{cells[0]}\".");
                continue;
            }
            if (ParseSenior(cells[1]) is not { } senior)
            {
                errors.Add(CsvField, $"Line {i + 1}: senior is yes or no (or 1/0, true/false), not \"{cells[1]}\".");
                continue;
            }
            var institution = cells.Length > 2 ? Clean(cells[2]) : null;
            var country = cells.Length > 3 ? Clean(cells[3]) : null;
            if ((institution?.Length ?? 0) > Reviewer.AttributeMaxLength || (country?.Length ?? 0) > Reviewer.AttributeMaxLength)
            {
                errors.Add(CsvField, $"Line {i + 1}: an institution or country fits in {Reviewer.AttributeMaxLength} characters.");
                continue;
            }
            parsed.Add((reviewer, senior, institution, country));
        }
        if (parsed.Count == 0 && !errors.Any)
        {
            errors.Add(CsvField, "Paste one line per reviewer: email,senior,institution,country (for example ann@uni.edu,yes,Uni A,DE).");
        }
        if (errors.Any)
        {
            return Result<string>.Invalid(errors.ToDictionary());
        }
        foreach (var (reviewer, senior, institution, country) in parsed)
        {
            Apply(reviewer, senior, institution, country);
        }
        await db.SaveChangesAsync(cancellationToken);
        return $"Attributes imported for {parsed.Count} reviewer(s).";
    }

    private static bool Apply(Reviewer reviewer, bool senior, string? institution, string? country)
    {
        var changed = reviewer.Senior != senior || reviewer.Institution != institution || reviewer.Country != country;
        reviewer.Senior = senior;
        reviewer.Institution = institution;
        reviewer.Country = country;
        return changed;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is { Length: > Reviewer.AttributeMaxLength } longText ? longText[..Reviewer.AttributeMaxLength] : text.Trim();

    private static bool? ParseSenior(string text) => text.ToLowerInvariant() switch
    {
        "yes" or "y" or "1" or "true" or "senior" => true,
        "no" or "n" or "0" or "false" or "" => false,
        _ => null,
    };
}
