using DeepMath.AbstractFormat;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>The authors listed on the submission form for every fixture under tests/fixtures/abstracts.</summary>
internal static class FixtureAuthors
{
    public static IReadOnlyList<ListedAuthor> Authors { get; } =
    [
        new("Samuel Okafor", "s.okafor@cs.example.com"),
        new("Zoë Müller-Łukasiewicz", "zoe.mueller@univie.example.org"),
        new("Wei Fan", "wfan@ust.example.hk"),
        new("Maja Lindqvist", "majal@kth.example.net"),
        new("Fiona Griffiths", "f.griffiths@ed.example.ac.uk"),
    ];

    public static IReadOnlyList<string> Affiliations { get; } =
    [
        "University of Toronto",
        "University of Vienna",
        "Hong Kong University of Science and Technology",
        "KTH Royal Institute of Technology",
        "University of Edinburgh",
    ];

    public static FormatReport Check(string file, FormatRules? rules = null)
    {
        using var pdf = File.OpenRead(FixturePaths.Abstract(file));
        return new FormatChecker().Check(pdf, rules ?? FormatRules.Default, Authors, Affiliations);
    }
}
