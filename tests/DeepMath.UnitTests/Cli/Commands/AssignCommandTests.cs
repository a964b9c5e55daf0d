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

    [Fact]
    public void Fair_mode_writes_its_bound_and_gap_and_prints_the_figures_beside_max_sum()
    {
        var instance = Write("instance.json", Instance);
        var result = Path.Combine(_folder, "result.json");

        var exit = AssignCommand.Run([instance, "--out", result, "--mode", "fair", "--alternates", "1"], _output, _error);

        Assert.Equal(AssignCommand.Success, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(result));
        var root = json.RootElement;
        Assert.Equal("fair", root.GetProperty("mode").GetString());
        Assert.True(root.GetProperty("upperBound").GetDouble() >= 0.5 - 1e-9);
        Assert.True(root.GetProperty("gapPercent").GetDouble() >= 0);
        Assert.Equal(2, root.GetProperty("maxSumObjective").GetDouble(), 1e-9);
        Assert.Contains("figure lowest_paper_total: ", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("figure maxsum_lowest_paper_total: ", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("figure gap_percent: ", _output.ToString(), StringComparison.Ordinal);
        // The minute it takes at NeurIPS size is not silent: each phase is told on the error stream.
        Assert.Contains("deepmath assign: fair: local search from max-sum: lowest paper total ", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_mode_reports_its_seed_and_the_same_seed_gives_the_same_file()
    {
        var instance = Write("instance.json", Instance);
        var first = Path.Combine(_folder, "first.json");
        var second = Path.Combine(_folder, "second.json");

        Assert.Equal(AssignCommand.Success, AssignCommand.Run([instance, "--out", first, "--mode", "random", "--q", "0.5", "--seed", "11"], _output, _error));
        Assert.Equal(AssignCommand.Success, AssignCommand.Run([instance, "--out", second, "--mode=random", "--q=0.5", "--seed=11"], _output, _error));

        using var a = JsonDocument.Parse(File.ReadAllText(first));
        using var b = JsonDocument.Parse(File.ReadAllText(second));
        Assert.Equal(11, a.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(a.RootElement.GetProperty("assignments").GetRawText(), b.RootElement.GetProperty("assignments").GetRawText());
        Assert.True(a.RootElement.GetProperty("maxPairProbability").GetDouble() <= 0.5);
        Assert.Contains("figure seed: 11", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_infeasible_constraint_exits_with_3_naming_the_paper()
    {
        var instance = Write("instance.json", Instance);
        var result = Path.Combine(_folder, "result.json");

        var exit = AssignCommand.Run([instance, "--out", result, "--senior"], _output, _error);

        Assert.Equal(AssignCommand.Infeasible, exit);
        Assert.Contains("\"p1\" cannot get a senior reviewer", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(result));
    }

    [Theory]
    [InlineData]
    [InlineData("instance.json")]
    [InlineData("instance.json", "--out")]
    [InlineData("instance.json", "--out", "r.json", "--fast")]
    [InlineData("instance.json", "other.json", "--out", "r.json")]
    [InlineData("instance.json", "--out", "r.json", "--mode", "greedy")]
    [InlineData("instance.json", "--out", "r.json", "--q", "1.5")]
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
