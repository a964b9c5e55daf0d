using System.Globalization;
using System.Text;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ConfigureReviews;

/// <summary>A problem with the posted settings while they are checked: the field it belongs to, and what to do.</summary>
public sealed record SettingsError(string Field, string Message);

/// <summary>
/// Checks and saves a call's review settings. A change that would leave a submitted review with a
/// score its form no longer asks for, or outside its scale, is refused: decisions read those scores.
/// </summary>
public sealed class SaveReviewSettingsHandler(IReviewingData db, TimeProvider clock)
{
    public const int ScaleLowest = 0;
    public const int ScaleHighest = 100;
    public const int LabelMaxLength = 80;
    public const int HelpMaxLength = 300;

    /// <summary>Errors keyed by the form's field names, so that each shows next to its input.</summary>
    public async Task<Result> HandleAsync(CallInfo call, ReviewSettingsForm input, string? userId, CancellationToken cancellationToken)
    {
        var settings = await db.ReviewSettings.SingleOrDefaultAsync(s => s.CallId == call.CallId, cancellationToken);
        var current = settings?.Form ?? ReviewForm.Default;
        var errors = new List<SettingsError>();
        var form = BuildForm(input, current, errors);
        CheckDates(call, input, errors);
        if (input.InvitationReminderDays is not (>= 1 and <= 30))
        {
            errors.Add(new(nameof(input.InvitationReminderDays), "Invitation reminders go out after 1 to 30 days; enter a whole number of days in that range."));
        }
        if (input.DefaultMaxLoad is { } load && load is < 1 or > Reviewer.MaxLoadLimit)
        {
            errors.Add(new(nameof(input.DefaultMaxLoad), $"The default load is a whole number of abstracts from 1 to {Reviewer.MaxLoadLimit}, or empty for the fair share."));
        }
        if (form is not null)
        {
            errors.AddRange(await OrphanedScoresAsync(call.CallId, current, form, cancellationToken));
        }
        if (errors.Count > 0 || form is null)
        {
            return ToResult(errors);
        }
        if (settings is null)
        {
            settings = new ReviewSettings { CallId = call.CallId };
            db.ReviewSettings.Add(settings);
        }
        settings.Form = form;
        settings.ReviewsDueOn = input.ReviewsDueOn;
        settings.BiddingClosesOn = input.BiddingClosesOn;
        settings.InvitationReminderDays = input.InvitationReminderDays!.Value;
        settings.DefaultMaxLoad = input.DefaultMaxLoad;
        settings.ReviewersSeeOtherReviews = input.ReviewersSeeOtherReviews;
        settings.UpdatedAt = clock.GetUtcNow();
        settings.UpdatedBy = userId;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private static Result ToResult(List<SettingsError> errors)
    {
        var list = new ErrorList();
        foreach (var error in errors)
        {
            list.Add(error.Field, error.Message);
        }
        // BuildForm returns no form only with an error added; the fallback keeps an unreadable form from counting as saved.
        return list.Any ? list.ToResult() : Result.Invalid("The review form could not be read; check the criteria and save again.");
    }

    private static ReviewForm? BuildForm(ReviewSettingsForm input, ReviewForm current, List<SettingsError> errors)
    {
        var known = current.Criteria.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var criteria = new List<ScoreScale>();
        var count = errors.Count;
        for (var i = 0; i < input.Criteria.Count; i++)
        {
            var row = input.Criteria[i];
            if (row.IsBlankNewRow || row.Remove)
            {
                continue;
            }
            var field = $"Criteria[{i}]";
            var label = row.Label?.Trim() ?? string.Empty;
            var name = label.Length > 0 ? label : $"Criterion {i + 1}";
            if (label.Length is 0 or > LabelMaxLength)
            {
                errors.Add(new($"{field}.Label", $"Criterion {i + 1} needs a name of 1 to {LabelMaxLength} characters (or tick Remove)."));
            }
            if (!string.IsNullOrWhiteSpace(row.Key) && !known.ContainsKey(row.Key))
            {
                errors.Add(new($"{field}.Key", $"\"{name}\" is no longer on the form (someone else changed it). Reload the page and make your change again."));
                continue;
            }
            var scale = Scale(row.Min, row.Max, name, $"{field}.Min", errors);
            var help = string.IsNullOrWhiteSpace(row.Help) ? null : row.Help.Trim();
            if (help?.Length > HelpMaxLength)
            {
                errors.Add(new($"{field}.Help", $"The explanation of \"{name}\" can have at most {HelpMaxLength} characters."));
            }
            var key = string.IsNullOrWhiteSpace(row.Key) ? NewKey(label, criteria.Select(c => c.Key).Concat(known.Keys)) : row.Key;
            criteria.Add(new ScoreScale(key, label, scale.Min, scale.Max, help));
        }
        var duplicates = criteria.GroupBy(c => c.Label, StringComparer.CurrentCultureIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        foreach (var label in duplicates)
        {
            errors.Add(new("Criteria", $"Two criteria are called \"{label}\"; give each its own name."));
        }
        if (criteria.Count > ReviewForm.MaxCriteria)
        {
            errors.Add(new("Criteria", $"A form can have at most {ReviewForm.MaxCriteria} scored criteria besides overall and confidence; remove {criteria.Count - ReviewForm.MaxCriteria}."));
        }
        var overall = Scale(input.OverallMin, input.OverallMax, "Overall", nameof(input.OverallMin), errors);
        var confidence = Scale(input.ConfidenceMin, input.ConfidenceMax, "Confidence", nameof(input.ConfidenceMin), errors);
        return errors.Count > count ? null
            : new ReviewForm(criteria, current.Overall with { Min = overall.Min, Max = overall.Max }, current.Confidence with { Min = confidence.Min, Max = confidence.Max });
    }

    private static (int Min, int Max) Scale(int? min, int? max, string name, string field, List<SettingsError> errors)
    {
        if (min is not { } lo || max is not { } hi || lo < ScaleLowest || hi > ScaleHighest || lo >= hi)
        {
            errors.Add(new(field, $"The scale of \"{name}\" needs whole numbers from {ScaleLowest} to {ScaleHighest}, the lowest below the highest (for example 1 to 5)."));
            return (0, 1);
        }
        return (lo, hi);
    }

    private static void CheckDates(CallInfo call, ReviewSettingsForm input, List<SettingsError> errors)
    {
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(call.Window.LastAcceptedInstant, call.Window.Zone).DateTime);
        if (input.ReviewsDueOn is { } due)
        {
            if (due <= lastDay)
            {
                errors.Add(new(nameof(input.ReviewsDueOn), $"Reviews must be due after the call closes on {Day(lastDay)}; choose {Day(lastDay.AddDays(1))} or later."));
            }
            else if (call.NotificationOn is { } notification && due >= notification)
            {
                errors.Add(new(nameof(input.ReviewsDueOn), $"Reviews must be due before decisions are sent on {Day(notification)}; choose {Day(notification.AddDays(-1))} or earlier, or move the notification date on the call."));
            }
        }
        if (input.BiddingClosesOn is { } closes)
        {
            // Bidding opens as the day after the call's last day begins, and closes as its own day begins.
            if (closes <= lastDay.AddDays(1))
            {
                errors.Add(new(nameof(input.BiddingClosesOn), $"Bidding opens when the call closes on {Day(lastDay)} and ends as its closing day begins; choose {Day(lastDay.AddDays(2))} or later."));
            }
            else if (input.ReviewsDueOn is { } dueOn && closes > dueOn)
            {
                errors.Add(new(nameof(input.BiddingClosesOn), $"Bidding must close by the day reviews are due ({Day(dueOn)}), so that reviewers are assigned before they review."));
            }
        }
    }

    private async Task<IEnumerable<SettingsError>> OrphanedScoresAsync(Guid callId, ReviewForm current, ReviewForm next, CancellationToken cancellationToken)
    {
        var submitted = await db.Reviews.AsNoTracking().Where(r => r.CallId == callId && r.SubmittedAt != null)
            .Select(r => new { r.Scores, r.Overall, r.Confidence }).ToListAsync(cancellationToken);
        if (submitted.Count == 0)
        {
            return [];
        }
        var errors = new List<SettingsError>();
        foreach (var old in current.Criteria)
        {
            var values = submitted.Where(r => r.Scores.ContainsKey(old.Key)).Select(r => r.Scores[old.Key]).ToList();
            if (values.Count == 0)
            {
                continue;
            }
            if (next.Criteria.FirstOrDefault(c => c.Key == old.Key) is not { } kept)
            {
                errors.Add(new("Criteria", $"\"{old.Label}\" cannot be removed: {values.Count} submitted review(s) score it. Keep it (you may rename it) so that their scores still count."));
                continue;
            }
            errors.AddRange(Outside(kept, values));
        }
        errors.AddRange(Outside(next.Overall, [.. submitted.Where(r => r.Overall is not null).Select(r => r.Overall!.Value)]));
        errors.AddRange(Outside(next.Confidence, [.. submitted.Where(r => r.Confidence is not null).Select(r => r.Confidence!.Value)]));
        return errors;
    }

    private static IEnumerable<SettingsError> Outside(ScoreScale scale, IReadOnlyList<int> values)
    {
        if (values.Count > 0 && (values.Min() < scale.Min || values.Max() > scale.Max))
        {
            yield return new("Criteria", $"\"{scale.Label}\" cannot become {scale.Min}–{scale.Max}: submitted reviews gave scores from {values.Min()} to {values.Max()}. Choose a scale that includes them.");
        }
    }

    private static string NewKey(string label, IEnumerable<string> taken)
    {
        var used = taken.Append("overall").Append("confidence").ToHashSet(StringComparer.Ordinal);
        var slug = new StringBuilder();
        foreach (var ch in label.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(ch);
            }
            else if (char.IsWhiteSpace(ch) || ch is '-' or '_')
            {
                slug.Append('-');
            }
        }
        var stem = slug.ToString().Trim('-');
        stem = stem.Length == 0 ? "criterion" : stem[..Math.Min(stem.Length, 40)];
        var key = stem;
        for (var n = 2; used.Contains(key); n++)
        {
            key = $"{stem}-{n}";
        }
        return key;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
