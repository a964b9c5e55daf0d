using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Outcomes;

/// <summary>A call's outcomes: the three built in, then those its organizers added.</summary>
public sealed class OutcomeCatalog(IDecisionsData db)
{
    public async Task<IReadOnlyList<DecisionOutcome>> ForCallAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var custom = await db.CustomOutcomes.AsNoTracking().Where(o => o.CallId == callId).OrderBy(o => o.CreatedAt)
            .Select(o => new DecisionOutcome(o.Key, o.Label, o.Accepts)).ToListAsync(cancellationToken);
        return [.. DecisionOutcome.BuiltIn, .. custom];
    }

    public static string LabelOf(IReadOnlyList<DecisionOutcome> outcomes, string? key) =>
        key is null ? "undecided" : outcomes.FirstOrDefault(o => o.Key == key)?.Label ?? key;
}
