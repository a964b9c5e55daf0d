using System.Diagnostics;
using DeepMath.Web.Modules.Program.Book.Typesetting;

namespace DeepMath.UnitTests.Program.Book;

/// <summary>The book typeset by the real LuaLaTeX (installed by scripts/test.sh) and read back with PdfPig.</summary>
public sealed class BookTypesetterTests
{
    [Fact]
    public async Task Book_holds_titles_in_program_order_names_in_any_script_and_the_author_index()
    {
        var content = new BookContent("DeepMath 2025", "6–7 November 2025", "Vienna", "Times are in Europe/Vienna.",
        [
            new BookSession("Thursday 6 November, 09:00–10:30, Room A", "Contributed talks I", "Chair Person",
            [
                new BookItem("09:00", "Zebra networks", "Zuzana Ďurčeková",
                    BookSamples.Abstract("a", "Zebra networks", "We show $\\int_0^1 f = \\frac{1}{2}$ and \\[\\sum_{i=1}^n i = \\binom{n+1}{2}.\\]",
                        new BookAuthor("Zuzana Ďurčeková", "Univerzita Komenského", true), new BookAuthor("王小明", "清华大学", false))),
                new BookItem("09:20", "Coffee", null, null),
            ]),
            new BookSession("Friday 7 November, 11:00–12:00, Room B", "Posters", null,
            [
                new BookItem("11:00", "Alpha bounds", "Björn Ångström",
                    BookSamples.Abstract("b", "Alpha bounds for $\\mathbb{R}^d$", "Let \\(x \\in \\mathbb{R}^d\\). Then $$\\|x\\|_2 \\le \\sqrt{d}\\,\\|x\\|_\\infty.$$",
                        new BookAuthor("Björn Ångström", "KTH", true), new BookAuthor("Zuzana Ďurčeková", "Univerzita Komenského", false))),
            ]),
        ]);

        var book = await BookSamples.Typesetter().BuildAsync(content, null, CancellationToken.None);

        Assert.Null(book.Failure);
        Assert.Empty(book.Problems);
        var text = BookSamples.Text(book.Pdf!);
        var cover = text.IndexOf("Book of abstracts", StringComparison.Ordinal);
        var contents = text.IndexOf("Contents", StringComparison.Ordinal);
        var zebra = text.IndexOf("Zebra networks", contents, StringComparison.Ordinal);
        var alpha = text.IndexOf("Alpha bounds", zebra, StringComparison.Ordinal);
        var index = text.IndexOf("Author index", alpha, StringComparison.Ordinal);
        Assert.True(cover >= 0 && cover < contents && contents < zebra && zebra < alpha && alpha < index, text);
        var authorIndex = text[index..];
        Assert.Contains("Ďurčeková, Zuzana", authorIndex, StringComparison.Ordinal);
        Assert.Contains("Ångström, Björn", authorIndex, StringComparison.Ordinal);
        Assert.Contains("王, 小明", authorIndex, StringComparison.Ordinal);
        Assert.True(authorIndex.IndexOf("Ångström", StringComparison.Ordinal) < authorIndex.IndexOf("Ďurčeková", StringComparison.Ordinal), authorIndex);
        Assert.Contains("Univerzita Komenského", text, StringComparison.Ordinal);
        Assert.Contains("清华大学", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_latex_reads_no_file_runs_no_command_and_is_named_in_the_report()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"deepmath-book-pwned-{Guid.NewGuid():N}");
        var content = BookSamples.Content(
            BookSamples.Abstract("input-title", "Read $\\input{/etc/passwd}$", "Plain text."),
            BookSamples.Abstract("input-text", "Reader", "Text \\input{/etc/passwd} and math \\(\\input{/etc/passwd}\\)."),
            BookSamples.Abstract("write18", "Shell", $"$\\immediate\\write18{{touch {marker}}}$ and \\write18{{touch {marker}}}"),
            BookSamples.Abstract("catcode", "Catcodes", "$\\catcode`\\^^5c=12 x$"),
            BookSamples.Abstract("loop", "Loop", "$\\def\\a{\\a}\\a$"),
            BookSamples.Abstract("tex-error", "Fine title", "Math that TeX rejects: $x^$ and then \\(\\frac{a}\\)."),
            BookSamples.Abstract("good", "Good one", "All is well: $e^{i\\pi} + 1 = 0$."));
        var clock = Stopwatch.StartNew();

        var book = await BookSamples.Typesetter(timeLimitSeconds: 60).BuildAsync(content, null, CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60 * 3), $"took {clock.Elapsed}");
        Assert.Null(book.Failure);
        Assert.False(File.Exists(marker), "a command ran");
        var text = BookSamples.Text(book.Pdf!);
        Assert.DoesNotContain("root:x:0:0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/usr/sbin/nologin", text, StringComparison.Ordinal);
        var problems = book.Problems.ToDictionary(p => p.Key, p => p.Reason);
        Assert.Equal(["catcode", "input-text", "input-title", "loop", "tex-error", "write18"], problems.Keys.Order());
        Assert.Contains("\\input", problems["input-title"], StringComparison.Ordinal);
        Assert.Contains("\\write", problems["write18"], StringComparison.Ordinal);
        Assert.Contains("\\def", problems["loop"], StringComparison.Ordinal);
        Assert.StartsWith("TeX:", problems["tex-error"], StringComparison.Ordinal);
        // The refused abstracts print their source text, so the reader sees what the author wrote.
        Assert.Contains("\\input{/etc/passwd}", text, StringComparison.Ordinal);
        Assert.Contains("Good one", text, StringComparison.Ordinal);
    }
}
