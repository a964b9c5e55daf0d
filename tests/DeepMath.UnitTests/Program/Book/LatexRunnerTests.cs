using System.Diagnostics;
using DeepMath.Web.Modules.Program.Book.Typesetting;
using Microsoft.Extensions.Options;

namespace DeepMath.UnitTests.Program.Book;

/// <summary>
/// The sandbox itself, with raw TeX that the allow-list would never let through: if a hole ever opened in the
/// checks, these limits still hold.
/// </summary>
public sealed class LatexRunnerTests
{
    private static LatexRunner Runner(int seconds) => new(Options.Create(new BookOptions { TimeLimitSeconds = seconds }));

    [Fact]
    public async Task An_endless_macro_is_killed_at_the_time_limit()
    {
        var clock = Stopwatch.StartNew();
        var outcome = await Runner(5).RunAsync("\\def\\a{\\a}\\a\n\\bye\n", CancellationToken.None);
        Assert.True(outcome.TimedOut);
        Assert.Null(outcome.Pdf);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Raw_tex_can_neither_read_outside_its_folder_nor_run_a_command()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"deepmath-runner-pwned-{Guid.NewGuid():N}");
        var written = Path.Combine(Path.GetTempPath(), $"deepmath-runner-out-{Guid.NewGuid():N}.tex");
        var tex = "\\documentclass{article}\\begin{document}\n"
            + "\\input{/etc/passwd}\n"
            + $"\\immediate\\write18{{touch {marker}}}\n"
            + $"\\newwrite\\out\\immediate\\openout\\out={written}\\immediate\\write\\out{{x}}\\immediate\\closeout\\out\n"
            + "Done.\\end{document}\n";
        var outcome = await Runner(30).RunAsync(tex, CancellationToken.None);
        Assert.False(File.Exists(marker), "a command ran");
        Assert.Contains(outcome.Errors, e => e.Message.Contains("not found", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("passwd", StringComparison.Ordinal));
        Assert.DoesNotContain("root:x:0:0", outcome.Log, StringComparison.Ordinal);
        Assert.False(File.Exists(written), "a file outside the build folder was written");
    }
}
