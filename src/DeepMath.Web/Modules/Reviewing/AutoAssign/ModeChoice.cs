using System.Globalization;
using System.Text.RegularExpressions;
using DeepMath.Assignment;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>The mode an organizer picked on the preview (query string), read with a clear message for bad input.</summary>
public sealed partial record ModeChoice(AssignmentOptions Options, string? Error)
{
    /// <summary>How many alternates the preview lists per abstract.</summary>
    public const int AlternatesShown = 3;

    public string ModeName => AssignmentOptions.Name(Options.Mode);

    public ScoreWeights Weights { get; init; } = ScoreWeights.Default;

    /// <summary>The fewest reviews every reviewer should get (capped at each one's maximum); 0 for none.</summary>
    public int MinLoad { get; init; }

    /// <summary>Mode, weights and constraints from the preview form; the first bad value is the error.</summary>
    public static ModeChoice Parse(PreviewForm form)
    {
        var choice = Parse(form.Mode, form.Q, form.Seed);
        if (choice.Error is not null)
        {
            return choice;
        }

        var options = choice.Options with
        {
            RequireSenior = form.Senior, DistinctInstitutions = form.Institutions, DistinctCountries = form.Countries,
            SeparateCoauthors = form.Coauthors, NoReciprocalReviews = form.Reciprocal, AlternatesPerPaper = AlternatesShown,
        };
        string? error = null;
        double Weight(string? text, double fallback, string what)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return fallback;
            }
            if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= ScoreWeights.Max)
            {
                return value;
            }
            error ??= $"The {what} weight must be a number from 0 to {ScoreWeights.Max:0} (for example 0.5), not \"{text}\".";
            return fallback;
        }

        var weights = new ScoreWeights(
            Weight(form.TopicWeight, ScoreWeights.Default.Topic, "topic"),
            Weight(form.TextWeight, ScoreWeights.Default.Text, "text"),
            Weight(form.BidWeight, ScoreWeights.Default.Bid, "bid"));
        var minLoad = 0;
        if (!string.IsNullOrWhiteSpace(form.MinLoad)
            && (!int.TryParse(form.MinLoad.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out minLoad) || minLoad is < 0 or > Domain.Reviewer.MaxLoadLimit))
        {
            error ??= $"The minimum load must be a whole number from 0 to {Domain.Reviewer.MaxLoadLimit}, not \"{form.MinLoad}\".";
            minLoad = 0;
        }

        return new ModeChoice(options, error) { Weights = weights, MinLoad = minLoad };
    }

    public static ModeChoice Parse(string? mode, string? q, string? seed)
    {
        var options = new AssignmentOptions();
        if (!string.IsNullOrWhiteSpace(mode))
        {
            if (!AssignmentOptions.TryParseMode(mode.Trim(), out var parsed))
            {
                return new ModeChoice(options, $"\"{mode}\" is not a mode: choose max-sum, best worst pair, fair to the worst-off abstract or randomized.");
            }

            options = options with { Mode = parsed };
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            if (!double.TryParse(q.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var cap) || cap < 0.01 || cap > 1)
            {
                return new ModeChoice(options, $"The largest pair probability must be a number from 0.01 to 1 (for example 0.5), not \"{q}\".");
            }

            options = options with { MaxPairProbability = cap };
        }

        if (!string.IsNullOrWhiteSpace(seed))
        {
            if (!int.TryParse(seed.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                return new ModeChoice(options, $"The seed must be a whole number of 0 or more, not \"{seed}\"; leave it empty to draw one.");
            }

            options = options with { Seed = value };
        }

        return new ModeChoice(options, null);
    }

    /// <summary>The choice as stored with an applied plan; the seed is the one the preview drew when none was given.</summary>
    public PlanSettings Settings() => new(
        ModeName, Weights.Topic, Weights.Text, Weights.Bid, Options.RequireSenior, Options.DistinctInstitutions, Options.DistinctCountries,
        Options.SeparateCoauthors, Options.NoReciprocalReviews, MinLoad,
        Options.Mode == AssignmentMode.Random ? Options.MaxPairProbability : null,
        Options.Mode == AssignmentMode.Random ? Options.Seed : null);

    /// <summary>What the apply form posts about the plan, checked to be plain words and numbers before it goes into the log.</summary>
    public static string? Describe(string? described) =>
        described is { Length: > 0 and <= 80 } text && Described().IsMatch(text) ? text : null;

    [GeneratedRegex("^[a-z]+( Q [0-9.]+)?( seed [0-9]+)?$")]
    private static partial Regex Described();
}
