using System.Text.RegularExpressions;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Outcomes;

/// <summary>Saves the capacity organizers plan for, and adds an outcome of their own to the built-in three.</summary>
public sealed partial class OutcomesHandler(IDecisionsData db, OutcomeCatalog outcomes, TimeProvider clock)
{
    /// <param name="talks">Talks planned, or empty for no limit.</param>
    /// <param name="posters">Posters planned, or empty for no limit.</param>
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> SaveCapacityAsync(Guid callId, string? talks, string? posters, CancellationToken cancellationToken)
    {
        if (!TryCount(talks, out var talkCount) || !TryCount(posters, out var posterCount))
        {
            return Result<string>.Invalid("Capacity must be a whole number from 0 to 100000, or empty for no limit. Nothing was changed.");
        }
        var settings = await db.DecisionSettings.SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        if (settings is null)
        {
            settings = new DecisionSettings { CallId = callId };
            db.DecisionSettings.Add(settings);
        }
        settings.TalkCapacity = talkCount;
        settings.PosterCapacity = posterCount;
        await db.SaveChangesAsync(cancellationToken);
        return "The capacity is saved.";
    }

    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> AddAsync(Guid callId, string? label, bool accepts, CancellationToken cancellationToken)
    {
        label = label?.Trim();
        var key = Slug().Replace((label ?? string.Empty).ToLowerInvariant(), "-").Trim('-');
        if (string.IsNullOrEmpty(label) || label.Length > CustomOutcome.LabelMaxLength || key.Length == 0)
        {
            return Result<string>.Invalid($"Name the outcome as authors will read it, such as \"accepted as a lightning talk\" (at most {CustomOutcome.LabelMaxLength} characters, with letters or digits).");
        }
        key = key.Length > CustomOutcome.KeyMaxLength ? key[..CustomOutcome.KeyMaxLength].TrimEnd('-') : key;
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        if (known.Any(o => o.Key == key || string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase)))
        {
            return Result<string>.Invalid($"The call already has the outcome \"{label}\".");
        }
        db.CustomOutcomes.Add(new CustomOutcome { CallId = callId, Key = key, Label = label, Accepts = accepts, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return $"The outcome \"{label}\" is added; give it a notification template before sending.";
    }

    private static bool TryCount(string? text, out int? count)
    {
        count = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 100_000)
        {
            count = n;
            return true;
        }
        return false;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
