using System.Text.Json;
using DeepMath.Cli.Commands;
using DeepMath.UnitTests.AbstractFormat;

namespace DeepMath.UnitTests.Cli;

public class CheckFormatCommandTests
{
    [Fact]
    public async Task Clean_file_exits_zero_and_says_pass()
    {
        var (exit, output, _) = await RunAsync(FixturePaths.Abstract("ok-one-page.pdf"));

        Assert.Equal(0, exit);
        Assert.StartsWith("ok-one-page.pdf: PASS (1 page, body 10.91 pt; 0 errors, 0 warnings)", output);
    }

    [Fact]
    public async Task Listed_author_in_the_text_exits_one_with_the_finding()
    {
        var (exit, output, _) = await RunAsync(
            FixturePaths.Abstract("name-in-text.pdf"), "--author", "Samuel Okafor <s.okafor@cs.example.com>");

        Assert.Equal(1, exit);
        Assert.Contains("error anonymity.name (page 1):", output);
    }

    [Fact]
    public async Task Json_has_the_documented_shape()
    {
        var (exit, output, _) = await RunAsync(
            FixturePaths.Abstract("affiliation.pdf"), "--json", "--affiliation", "University of Toronto");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(0, json.GetProperty("errors").GetArrayLength());
        var warning = Assert.Single(json.GetProperty("warnings").EnumerateArray().ToList());
        Assert.Equal("anonymity.affiliation", warning.GetProperty("code").GetString());
        Assert.Equal(1, warning.GetProperty("page").GetInt32());
        Assert.False(string.IsNullOrEmpty(warning.GetProperty("message").GetString()));
        Assert.Equal(1, json.GetProperty("pages").GetInt32());
        Assert.Equal(10.91, json.GetProperty("bodyFontSize").GetDouble(), 2);
    }

    [Fact]
    public async Task Rules_file_changes_the_numbers()
    {
        var rules = Path.GetTempFileName();
        await File.WriteAllTextAsync(rules, """{ "minBodyFontSize": 8 }""");
        try
        {
            var (exit, _, _) = await RunAsync(FixturePaths.Abstract("small-font.pdf"), "--rules", rules);

            Assert.Equal(0, exit);
        }
        finally
        {
            File.Delete(rules);
        }
    }

    [Fact]
    public async Task Folder_prints_a_line_per_file_and_a_summary()
    {
        var folder = Directory.CreateTempSubdirectory("check-format-");
        try
        {
            File.Copy(FixturePaths.Abstract("ok-one-page.pdf"), Path.Combine(folder.FullName, "a.pdf"));
            File.Copy(FixturePaths.Abstract("a4-paper.pdf"), Path.Combine(folder.FullName, "b.pdf"));

            var (exit, output, _) = await RunAsync(folder.FullName);

            Assert.Equal(1, exit);
            var lines = output.Trim().Split('\n');
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("a.pdf: PASS", lines[0]);
            Assert.StartsWith("b.pdf: FAIL", lines[1]);
            Assert.EndsWith("page.size", lines[1].TrimEnd());
            Assert.StartsWith("2 PDF files: 1 passed, 1 failed", lines[2]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--json")]
    [InlineData("missing-file.pdf")]
    [InlineData("--frobnicate", "x.pdf")]
    [InlineData("x.pdf", "--author")]
    [InlineData("a.pdf", "b.pdf")]
    public async Task Misuse_exits_two_with_usage(params string[] args)
    {
        var (exit, output, errors) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("usage: deepmath check-format", errors);
    }

    [Fact]
    public async Task Unreadable_rules_file_is_misuse()
    {
        var rules = Path.GetTempFileName();
        await File.WriteAllTextAsync(rules, """{ "maxPagez": 3 }""");
        try
        {
            var (exit, _, errors) = await RunAsync(FixturePaths.Abstract("ok-one-page.pdf"), "--rules", rules);

            Assert.Equal(2, exit);
            Assert.Contains("Cannot read the rules file", errors);
        }
        finally
        {
            File.Delete(rules);
        }
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CheckFormatCommand.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
