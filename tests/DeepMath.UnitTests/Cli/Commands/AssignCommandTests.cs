using System.Text.Json;
using DeepMath.Cli.Commands;

namespace DeepMath.UnitTests.Cli.Commands;

public sealed class AssignCommandTests : IDisposable
{
    private const string Instance = """
        {"reviewsPerPaper":2,"papers":[{"id":"p1","topics":["A"]},{"id":"p2","topics":["B"]}],
         "reviewers":[{"id":"r1","topics":["A"],"maxLoad":2},{"id":"r2","topics":["B"],"maxLoad":1}],
         "bids":[{"reviewer":"r2","paper":"p1","value":2}]}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("deepmath-assign-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_result_and_reports_short_papers()
    {
        var instance = Write("instance.json", Instance);
        var result = Path.Combine(_folder, "result.json");

        var exit = AssignCommand.Run([instance, "--out", result], _output, _error);

        Assert.Equal(AssignCommand.Success, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(result));
        var root = json.RootElement;
        // r1 takes p1 and p2 (1 + 0); r2, with room for one, scores more on its topic (p2: 1) than on its eager bid (p1: 0.5).
        Assert.Equal(3, root.GetProperty("assigned").GetInt32());
        Assert.Equal(2, root.GetProperty("objective").GetDouble(), 1e-9);
        Assert.Equal(3, root.GetProperty("assignments").GetArrayLength());
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);
        Assert.Contains("p1: 1 of 2, reviewer capacity exhausted", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("instance.json")]
    [InlineData("instance.json", "--out")]
    [InlineData("instance.json", "--out", "r.json", "--fast")]
    [InlineData("instance.json", "other.json", "--out", "r.json")]
    public void Misuse_exits_with_2_and_the_usage(params string[] args)
    {
        Write("instance.json", Instance);

        var exit = AssignCommand.Run(args.Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_folder, a) : a).ToArray(), _output, _error);

        Assert.Equal(AssignCommand.Misuse, exit);
        Assert.Contains("usage: deepmath assign INSTANCE.json --out RESULT.json", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "cannot read")]
    [InlineData("{\"reviewsPerPaper\":2,", "is not a valid instance")]
    [InlineData("""{"reviewsPerPaper":1,"papers":[],"reviewers":[],"bids":[{"reviewer":"r1","paper":"p1","value":1}]}""", "is inconsistent")]
    public void Unreadable_input_exits_with_2_and_says_why(string? content, string message)
    {
        var instance = content is null ? Path.Combine(_folder, "missing.json") : Write("bad.json", content);
        var result = Path.Combine(_folder, "result.json");

        var exit = AssignCommand.Run([instance, "--out", result], _output, _error);

        Assert.Equal(AssignCommand.Misuse, exit);
        Assert.Contains(message, _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(result));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
