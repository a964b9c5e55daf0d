using System.Text.Json;
using System.Text.RegularExpressions;
using DeepMath.AbstractFormat;

namespace DeepMath.Cli.Commands.CheckFormat;

/// <summary>The parsed command line of <c>deepmath check-format</c>.</summary>
internal sealed partial record CheckFormatArguments(
    string Path,
    IReadOnlyList<ListedAuthor> Authors,
    IReadOnlyList<string> Affiliations,
    FormatRules Rules,
    bool Json)
{
    public const string Usage =
        "usage: deepmath check-format FILE.pdf|FOLDER [--author \"Given Family <email>\"]... "
        + "[--affiliation TEXT]... [--rules FILE.json] [--json]";

    private static readonly JsonSerializerOptions _rulesJson = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Parses the arguments after the verb; returns null and sets <paramref name="error"/> on misuse.</summary>
    public static CheckFormatArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? path = null;
        string? rulesFile = null;
        var json = false;
        var authors = new List<ListedAuthor>();
        var affiliations = new List<string>();
        error = null;

        for (var i = 0; i < args.Count && error is null; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--author" when i + 1 < args.Count:
                    authors.Add(ParseAuthor(args[++i]));
                    break;
                case "--affiliation" when i + 1 < args.Count:
                    affiliations.Add(args[++i]);
                    break;
                case "--rules" when i + 1 < args.Count:
                    rulesFile = args[++i];
                    break;
                case "--author" or "--affiliation" or "--rules":
                    error = $"{args[i]} needs a value.";
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    error = $"Unknown option {option}.";
                    break;
                case var positional when path is null:
                    path = positional;
                    break;
                default:
                    error = $"Only one FILE.pdf or FOLDER may be given; \"{args[i]}\" is extra.";
                    break;
            }
        }

        if (error is null && path is null)
        {
            error = "Give the PDF file or folder to check.";
        }

        if (error is null && !File.Exists(path) && !Directory.Exists(path))
        {
            error = $"No such file or folder: {path}";
        }

        var rules = error is null ? ReadRules(rulesFile, ref error) : null;
        return error is null ? new CheckFormatArguments(path!, authors, affiliations, rules!, json) : null;
    }

    private static ListedAuthor ParseAuthor(string value)
    {
        var match = AuthorPattern().Match(value);
        return match.Success
            ? new ListedAuthor(match.Groups["name"].Value.Trim(), match.Groups["email"].Value.Trim())
            : new ListedAuthor(value.Trim());
    }

    private static FormatRules? ReadRules(string? file, ref string? error)
    {
        if (file is null)
        {
            return FormatRules.Default;
        }

        try
        {
            return JsonSerializer.Deserialize<FormatRules>(File.ReadAllText(file), _rulesJson)
                ?? FormatRules.Default;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            error = $"Cannot read the rules file {file}: {e.Message}";
            return null;
        }
    }

    [GeneratedRegex(@"^(?<name>[^<]*)<(?<email>[^>]+)>\s*$")]
    private static partial Regex AuthorPattern();
}
