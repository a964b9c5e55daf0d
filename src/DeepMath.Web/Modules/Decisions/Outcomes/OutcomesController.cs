using System.Text.RegularExpressions;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Outcomes;

/// <summary>The capacity organizers plan for, and the outcomes they add to the built-in three.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed partial class OutcomesController(EventManagers access, IDecisionsData db, OutcomeCatalog outcomes, TimeProvider clock) : Controller
{
    [HttpPost("capacity")]
    public async Task<IActionResult> Capacity(Guid callId, [FromForm] string? talks, [FromForm] string? posters, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (!TryCount(talks, out var talkCount) || !TryCount(posters, out var posterCount))
        {
            TempData["Error"] = "Capacity must be a whole number from 0 to 100000, or empty for no limit. Nothing was changed.";
            return Redirect($"/calls/{callId}/decisions");
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
        TempData["Status"] = "The capacity is saved.";
        return Redirect($"/calls/{callId}/decisions");
    }

    [HttpPost("outcomes")]
    public async Task<IActionResult> Add(Guid callId, [FromForm] string? label, [FromForm] bool accepts, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        label = label?.Trim();
        var key = Slug().Replace((label ?? string.Empty).ToLowerInvariant(), "-").Trim('-');
        if (string.IsNullOrEmpty(label) || label.Length > CustomOutcome.LabelMaxLength || key.Length == 0)
        {
            TempData["Error"] = $"Name the outcome as authors will read it, such as \"accepted as a lightning talk\" (at most {CustomOutcome.LabelMaxLength} characters, with letters or digits).";
            return Redirect($"/calls/{callId}/decisions");
        }
        key = key.Length > CustomOutcome.KeyMaxLength ? key[..CustomOutcome.KeyMaxLength].TrimEnd('-') : key;
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        if (known.Any(o => o.Key == key || string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase)))
        {
            TempData["Error"] = $"The call already has the outcome \"{label}\".";
            return Redirect($"/calls/{callId}/decisions");
        }
        db.CustomOutcomes.Add(new CustomOutcome { CallId = callId, Key = key, Label = label, Accepts = accepts, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = $"The outcome \"{label}\" is added; give it a notification template before sending.";
        return Redirect($"/calls/{callId}/decisions");
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
