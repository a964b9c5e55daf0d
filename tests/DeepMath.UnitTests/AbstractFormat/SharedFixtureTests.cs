using System.Text.Json;
using DeepMath.AbstractFormat;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>The shared sample PDFs (tests/fixtures/reference-pdf), each with the authors and codes cases.json lists.</summary>
public class SharedFixtureTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var entry in ReadCases().EnumerateArray())
        {
            data.Add(entry.GetProperty("file").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Every_shared_pdf_has_a_case()
    {
        var listed = ReadCases().EnumerateArray().Select(e => e.GetProperty("file").GetString()).Order();
        var present = Directory.GetFiles(FixturePaths.Shared, "*.pdf").Select(Path.GetFileName).Order();

        Assert.Equal(present, listed);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reports_the_codes_cases_json_expects(string file)
    {
        var entry = ReadCases().EnumerateArray().Single(e => e.GetProperty("file").GetString() == file);
        var listed = entry.GetProperty("authors").EnumerateArray().ToList();
        var authors = listed
            .Select(a => new ListedAuthor(a.GetProperty("name").GetString()!, a.GetProperty("email").GetString()))
            .ToList();
        var affiliations = listed.Select(a => a.GetProperty("affiliation").GetString()!).ToList();

        using var pdf = File.OpenRead(Path.Combine(FixturePaths.Shared, file));
        var report = new FormatChecker().Check(pdf, FormatRules.Default, authors, affiliations);

        Assert.Equal(Codes(entry, "expect_errors"), report.Errors.Select(f => f.Code).Distinct().Order());
        Assert.Equal(Codes(entry, "expect_warnings"), report.Warnings.Select(f => f.Code).Distinct().Order());
    }

    private static IEnumerable<string> Codes(JsonElement entry, string property) =>
        entry.GetProperty(property).EnumerateArray().Select(c => c.GetString()!).Order();

    private static JsonElement ReadCases() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(FixturePaths.Shared, "cases.json"))).RootElement;
}
