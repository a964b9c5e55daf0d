using System.Globalization;
using System.Text;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>Which lines of the .tex hold which abstract (its index in program order), inclusive.</summary>
public sealed record AbstractLines(int Index, int FirstLine, int LastLine);

public sealed record BookSource(string Tex, IReadOnlyList<AbstractLines> Lines);

/// <summary>
/// Writes the whole book as one LaTeX file, in the order TeX can number it in one run: the abstracts (pages 1, 2 …,
/// each on a new page whose number is remembered), the author index, then the front matter (cover, program in
/// brief, contents, numbered i, ii …), which <see cref="BookTypesetter"/> moves to the front of the PDF.
/// </summary>
public static class BookTex
{
    public const string FrontMarker = "DEEPMATH-FRONT-AFTER=";

    /// <param name="verbatim">Abstracts (by index) printed as their source text, with the reason shown to the reader.</param>
    public static BookSource Write(BookContent content, IReadOnlyDictionary<int, string> verbatim)
    {
        var tex = new TexLines();
        var abstracts = content.Abstracts().ToList();
        Preamble(tex, NeedsFallbackFont(content));
        var lines = new List<AbstractLines>();
        var n = 0;
        foreach (var session in content.Sessions)
        {
            foreach (var item in session.Items.Where(i => i.Abstract is not null))
            {
                var first = tex.Line;
                Abstract(tex, n, session, item.Abstract!, verbatim.GetValueOrDefault(n));
                lines.Add(new AbstractLines(n, first, tex.Line - 1));
                n++;
            }
        }
        if (abstracts.Count == 0)
        {
            tex.AddLine("\\null");
        }
        AuthorIndex(tex, abstracts);
        tex.AddLine("\\clearpage\\typeout{" + FrontMarker + "\\the\\ReadonlyShipoutCounter}");
        BookFront.Write(tex, content, verbatim);
        tex.AddLine("\\end{document}");
        return new BookSource(tex.ToString(), lines);
    }

    private static void Preamble(TexLines tex, bool fallbackFont)
    {
        tex.AddLine("\\documentclass[a4paper,11pt]{article}");
        tex.AddLine("\\usepackage[a4paper,margin=2.3cm]{geometry}");
        tex.AddLine("\\usepackage{amsmath,amssymb}");
        tex.AddLine("\\usepackage{fontspec}");
        // Latin Modern has no Greek, Cyrillic, Chinese, Japanese or Korean letters: TexEscape puts them in \dmx.
        tex.AddLine(fallbackFont ? $"\\newfontfamily{TexEscape.OtherFont}{{NotoSerifCJK-Regular.ttc}}" : $"\\let{TexEscape.OtherFont}\\relax");
        tex.AddLine("\\DeclareMathOperator*{\\argmax}{arg\\,max}\\DeclareMathOperator*{\\argmin}{arg\\,min}");
        tex.AddLine("\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{0.6em}\\raggedbottom\\sloppy");
        tex.AddLine("\\newcommand{\\dmstart}[1]{\\clearpage\\expandafter\\xdef\\csname dmp@#1\\endcsname{\\thepage}}");
        tex.AddLine("\\newcommand{\\dmp}[1]{\\csname dmp@#1\\endcsname}");
        tex.AddLine("\\begin{document}");
        tex.AddLine("\\pagenumbering{arabic}");
    }

    private static void Abstract(TexLines tex, int n, BookSession session, BookAbstract item, string? verbatimReason)
    {
        tex.AddLine($"\\dmstart{{{n}}}");
        tex.AddLine($"{{\\small {TexEscape.Line(session.Title)} \\textperiodcentered\\ {TexEscape.Line(item.Label)}}}\\par");
        var title = verbatimReason is null ? AuthorText.ToTex(item.Title).Tex : null;
        tex.AddLine(title is null
            ? $"{{\\Large\\ttfamily {AuthorText.Verbatim(item.Title)}\\par}}"
            : $"{{\\Large\\bfseries {title}\\par}}");
        var affiliations = item.Authors.Select(a => a.Affiliation?.Trim()).OfType<string>().Where(a => a.Length > 0).Distinct().ToList();
        var names = item.Authors.Select(a =>
        {
            var name = TexEscape.Line(a.Name);
            var mark = a.Affiliation is { } aff && affiliations.IndexOf(aff.Trim()) is var i and >= 0 ? $"\\textsuperscript{{{i + 1}}}" : string.Empty;
            return (a.Presenting ? $"\\underline{{{name}}}" : name) + mark;
        });
        tex.AddLine($"{{\\large {string.Join(", ", names)}\\par}}");
        if (affiliations.Count > 0)
        {
            tex.AddLine("{\\small " + string.Join("\\\\\n", affiliations.Select((a, i) => $"\\textsuperscript{{{i + 1}}}{TexEscape.Line(a)}")) + "\\par}");
        }
        tex.AddLine("\\medskip");
        if (verbatimReason is null && AuthorText.ToTex(item.Text).Tex is { } text)
        {
            tex.AddLine(text);
            tex.AddLine("\\par");
            return;
        }
        tex.AddLine($"\\fbox{{\\parbox{{\\dimexpr\\linewidth-2\\fboxsep-2\\fboxrule}}{{\\small The math of this abstract could not be typeset ({TexEscape.Line(verbatimReason ?? "refused")}); its source text follows.}}}}\\par");
        tex.AddLine($"{{\\ttfamily\\small {AuthorText.Verbatim(item.Text)}\\par}}");
    }

    private static void AuthorIndex(TexLines tex, IReadOnlyList<BookAbstract> abstracts)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var entries = abstracts
            .SelectMany((a, n) => a.Authors.Select(author => (Name: AuthorName.Parse(author.Name), n)))
            .GroupBy(e => (e.Name.Family.ToUpperInvariant(), e.Name.Given.ToUpperInvariant()))
            .Select(g => (g.First().Name, Abstracts: g.Select(e => e.n).Distinct().Order().ToList()))
            .OrderBy(e => e.Name.Family, Comparer<string>.Create((x, y) => compare.Compare(x, y, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace)))
            .ThenBy(e => e.Name.Given, StringComparer.InvariantCultureIgnoreCase)
            .ToList();
        tex.AddLine("\\clearpage\\section*{Author index}");
        tex.AddLine("{\\small\\setlength{\\parskip}{0.1em}");
        foreach (var (name, numbers) in entries)
        {
            var sb = new StringBuilder();
            sb.Append(TexEscape.Line(name.Family));
            if (name.Given.Length > 0)
            {
                sb.Append(", ").Append(TexEscape.Line(name.Given));
            }
            sb.Append(" \\dotfill\\ ").Append(string.Join(", ", numbers.Select(x => $"\\dmp{{{x}}}"))).Append("\\par");
            tex.AddLine(sb.ToString());
        }
        tex.AddLine("}");
    }

    /// <summary>Whether any text has letters Latin Modern lacks; loading Noto CJK costs a second, so only then.</summary>
    private static bool NeedsFallbackFont(BookContent content)
    {
        static bool Foreign(string? s) => s is not null && s.Any(TexEscape.NeedsOtherFont);
        return Foreign(content.EventTitle) || Foreign(content.Venue) || content.Sessions.Any(s =>
            Foreign(s.Title) || Foreign(s.Chair) || Foreign(s.When) || s.Items.Any(i => Foreign(i.Title) || Foreign(i.People)
                || i.Abstract is { } a && (Foreign(a.Title) || Foreign(a.Text) || Foreign(a.Label) || a.Authors.Any(x => Foreign(x.Name) || Foreign(x.Affiliation)))));
    }
}
