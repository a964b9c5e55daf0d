namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>Finds the committed fixtures: the repository's own and the independent reference sample.</summary>
internal static class FixturePaths
{
    private static readonly Lazy<string> _repositoryRoot = new(FindRepositoryRoot);

    public static string RepositoryRoot => _repositoryRoot.Value;

    /// <summary>PDFs built from the DeepMath template by tests/fixtures/abstracts/build.sh.</summary>
    public static string Abstracts => Path.Combine(RepositoryRoot, "tests", "fixtures", "abstracts");

    /// <summary>The reference sample PDFs, made independently of the project's template (tests/fixtures/reference-pdf).</summary>
    public static string Shared => Path.Combine(RepositoryRoot, "tests", "fixtures", "reference-pdf");

    public static string Abstract(string file) => Path.Combine(Abstracts, file);

    /// <summary>Good PDFs in every filter and colour space a reader meets, built by tests/fixtures/pdf-corpus/build.sh.</summary>
    public static string ReadableCorpus => Path.Combine(RepositoryRoot, "tests", "fixtures", "pdf-corpus");

    /// <summary>PDFs that hide an author's identity below the document level, built by tests/fixtures/blind-corpus/build.sh.</summary>
    public static string BlindCorpus => Path.Combine(RepositoryRoot, "tests", "fixtures", "blind-corpus");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeepMath.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DeepMath.sln above {AppContext.BaseDirectory}.");
    }
}
