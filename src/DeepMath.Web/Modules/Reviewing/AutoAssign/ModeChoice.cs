using System.Globalization;
using System.Text.RegularExpressions;
using DeepMath.Assignment;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>The mode an organizer picked on the preview (query string), read with a clear message for bad input.</summary>
public sealed partial record ModeChoice(AssignmentOptions Options, string? Error)
{
    public string ModeName => AssignmentOptions.Name(Options.Mode);

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

    /// <summary>What the apply form posts about the plan, checked to be plain words and numbers before it goes into the log.</summary>
    public static string? Describe(string? described) =>
        described is { Length: > 0 and <= 80 } text && Described().IsMatch(text) ? text : null;

    [GeneratedRegex("^[a-z]+( Q [0-9.]+)?( seed [0-9]+)?$")]
    private static partial Regex Described();
}
