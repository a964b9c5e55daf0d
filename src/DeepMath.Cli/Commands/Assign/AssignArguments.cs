using System.Globalization;
using DeepMath.Assignment;

namespace DeepMath.Cli.Commands.Assign;

/// <summary>The arguments of `deepmath assign`: the files, the mode and the constraints.</summary>
internal sealed record AssignArguments(string InstancePath, string OutPath, AssignmentOptions Options)
{
    public const string Usage =
        "usage: deepmath assign INSTANCE.json --out RESULT.json [--mode maxsum|bottleneck|fair|random] [--q 0.5] [--seed N]\n" +
        "       [--senior] [--distinct-institutions] [--distinct-countries] [--separate-coauthors] [--no-reciprocal]\n" +
        "       [--alternates N] [--fair-seconds S]\n" +
        "The instance's topicWeight, textWeight and bidWeight weigh each pair's score: topicWeight × (topic share, or the\n" +
        "given affinity) + textWeight × text similarity (papers' text against reviewers' expertise) + bidWeight × bid.\n" +
        "Given affinities are combined with text only when textWeight is not 0 and both papers and reviewers have texts.";

    public static bool TryParse(string[] args, out AssignArguments? parsed, out string problem)
    {
        parsed = null;
        problem = "";
        string instancePath = "", outPath = "";
        var options = new AssignmentOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var (name, inline) = arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal)
                ? (arg[..arg.IndexOf('=', StringComparison.Ordinal)], arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..])
                : (arg, null);
            string? Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                return i + 1 < args.Length ? args[++i] : null;
            }

            switch (name)
            {
                case "--out" or "-o":
                    outPath = Value() ?? "";
                    if (outPath.Length == 0)
                    {
                        problem = "--out needs a file name.";
                        return false;
                    }

                    break;
                case "--mode":
                    if (Value() is not { } modeText || !AssignmentOptions.TryParseMode(modeText, out var mode))
                    {
                        problem = "--mode must be one of maxsum, bottleneck, fair, random.";
                        return false;
                    }

                    options = options with { Mode = mode };
                    break;
                case "--q":
                    if (!double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var q) || q < 0.01 || q > 1)
                    {
                        problem = "--q must be a probability between 0.01 and 1, for example 0.5.";
                        return false;
                    }

                    options = options with { MaxPairProbability = q };
                    break;
                case "--seed":
                    if (!int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) || seed < 0)
                    {
                        problem = "--seed must be a whole number of 0 or more.";
                        return false;
                    }

                    options = options with { Seed = seed };
                    break;
                case "--alternates":
                    if (!int.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var alternates) || alternates is < 0 or > 50)
                    {
                        problem = "--alternates must be a number from 0 to 50.";
                        return false;
                    }

                    options = options with { AlternatesPerPaper = alternates };
                    break;
                case "--fair-seconds":
                    if (!double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                    {
                        problem = "--fair-seconds must be a positive number of seconds.";
                        return false;
                    }

                    options = options with { FairTimeLimit = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--senior": options = options with { RequireSenior = true }; break;
                case "--distinct-institutions": options = options with { DistinctInstitutions = true }; break;
                case "--distinct-countries": options = options with { DistinctCountries = true }; break;
                case "--separate-coauthors": options = options with { SeparateCoauthors = true }; break;
                case "--no-reciprocal": options = options with { NoReciprocalReviews = true }; break;
                default:
                    if (arg.StartsWith('-') && arg != "-")
                    {
                        problem = $"unknown option {arg}.";
                        return false;
                    }

                    if (instancePath.Length > 0)
                    {
                        problem = $"unexpected argument {arg}: only one instance file is read.";
                        return false;
                    }

                    instancePath = arg;
                    break;
            }
        }

        problem = instancePath.Length == 0 ? "the instance file is missing."
            : outPath.Length == 0 ? "--out RESULT.json is missing."
            : "";
        parsed = problem.Length == 0 ? new AssignArguments(instancePath, outPath, options) : null;
        return parsed is not null;
    }
}
