using System.Globalization;
using System.Text.Json;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// How an applied automatic assignment was made: the mode (with its cap and seed when randomized), the score
/// weights and the constraints, kept with its batch so that organizers can see later, or reproduce, what produced it.
/// </summary>
public sealed record PlanSettings(
    string Mode,
    double TopicWeight,
    double TextWeight,
    double BidWeight,
    bool Senior,
    bool DistinctInstitutions,
    bool DistinctCountries,
    bool SeparateCoauthors,
    bool NoReciprocal,
    int MinLoad,
    double? MaxPairProbability = null,
    int? Seed = null)
{
    public const int MaxLength = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored settings, or null for batches made before they were stored (or not by the solver).</summary>
    public static PlanSettings? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<PlanSettings>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The settings in words, for the assignments log.</summary>
    public string Describe()
    {
        static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
        var mode = Mode switch
        {
            "bottleneck" => "best worst pair, then max-sum",
            "fair" => "fair to the worst-off abstract",
            "random" => $"randomized, each pair's probability at most {Number(MaxPairProbability ?? 0)}" + (Seed is { } seed ? $", seed {seed}" : string.Empty),
            _ => "max-sum",
        };
        var constraints = new List<string>();
        if (Senior)
        {
            constraints.Add("a senior reviewer per abstract");
        }
        if (DistinctInstitutions)
        {
            constraints.Add("distinct institutions");
        }
        if (DistinctCountries)
        {
            constraints.Add("distinct countries");
        }
        if (SeparateCoauthors)
        {
            constraints.Add("no co-authors on one abstract");
        }
        if (NoReciprocal)
        {
            constraints.Add("no reciprocal pairs");
        }
        if (MinLoad > 0)
        {
            constraints.Add($"minimum load {MinLoad}");
        }
        return $"Mode: {mode}. Score = {Number(TopicWeight)} × topic match + {Number(TextWeight)} × text similarity + {Number(BidWeight)} × bid. "
            + $"Constraints: {(constraints.Count == 0 ? "none" : string.Join(", ", constraints))}.";
    }
}
