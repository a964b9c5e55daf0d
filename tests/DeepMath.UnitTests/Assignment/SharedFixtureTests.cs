using System.Text.Json;
using DeepMath.Assignment;

namespace DeepMath.UnitTests.Assignment;

/// <summary>The instances in tests/fixtures/assign, whose optima were computed independently of this solver.</summary>
public class SharedFixtureTests
{
    [Theory]
    [InlineData("deepmath-7")]
    [InlineData("tight-8")]
    public void Solver_reaches_the_known_optimum(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "fixtures", "assign");
        AssignmentInstance instance;
        using (var input = File.OpenRead(Path.Combine(folder, $"{name}.json")))
        {
            instance = AssignmentJson.ReadInstance(input);
        }

        using var optimum = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"{name}.optimum.json")));

        var result = AssignmentSolver.Solve(instance);

        Assert.Equal(optimum.RootElement.GetProperty("assigned").GetInt32(), result.Assigned);
        Assert.Equal(optimum.RootElement.GetProperty("objective").GetDouble(), result.Objective, 1e-3);
        new ReferenceScoring(instance).AssertFeasible(result);
    }

    /// <summary>The folder holding DeepMath.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DeepMath.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DeepMath.sln above {AppContext.BaseDirectory}.");
    }
}
