namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>The cover, the program in brief and the contents, typeset last (page numbers known) and numbered i, ii ….</summary>
internal static class BookFront
{
    public static void Write(TexLines tex, BookContent content, IReadOnlyDictionary<int, string> verbatim)
    {
        tex.AddLine("\\pagenumbering{roman}\\thispagestyle{empty}");
        tex.AddLine("\\vspace*{0.25\\textheight}\\begin{center}");
        tex.AddLine($"{{\\Huge\\bfseries {TexEscape.Line(content.EventTitle)}\\par}}\\bigskip");
        tex.AddLine("{\\LARGE Book of abstracts\\par}\\bigskip");
        tex.AddLine($"{{\\Large {TexEscape.Line(content.Dates)}\\par}}");
        if (!string.IsNullOrWhiteSpace(content.Venue))
        {
            tex.AddLine($"{{\\Large {TexEscape.Line(content.Venue)}\\par}}");
        }
        tex.AddLine("\\end{center}\\clearpage");

        tex.AddLine("\\section*{Program in brief}");
        tex.AddLine($"{{\\small {TexEscape.Line(content.ZoneNote)}\\par}}");
        foreach (var session in content.Sessions)
        {
            tex.AddLine($"\\textbf{{{TexEscape.Line(session.When)}}} \\quad {TexEscape.Line(session.Title)}"
                + (session.Chair is { Length: > 0 } chair ? $" \\quad {{\\small (chair: {TexEscape.Line(chair)})}}" : string.Empty) + "\\par");
        }
        tex.AddLine("\\clearpage");

        tex.AddLine("\\section*{Contents}");
        var n = 0;
        foreach (var session in content.Sessions)
        {
            tex.AddLine($"\\subsection*{{{TexEscape.Line(session.Title)}}}");
            tex.AddLine($"{{\\small {TexEscape.Line(session.When)}\\par}}");
            foreach (var item in session.Items)
            {
                var line = $"{TexEscape.Line(item.Time)}\\quad {Title(item.Title, item.Abstract is not null && verbatim.ContainsKey(n))}";
                if (item.People is { Length: > 0 } people)
                {
                    line += $" \\textemdash\\ \\textit{{{TexEscape.Line(people)}}}";
                }
                if (item.Abstract is not null)
                {
                    line += $" \\dotfill\\ \\dmp{{{n}}}";
                    n++;
                }
                tex.AddLine(line + "\\par");
            }
        }
    }

    /// <summary>A title with its math typeset, or as its source when that abstract fell back to its source text.</summary>
    private static string Title(string title, bool verbatim) =>
        !verbatim && AuthorText.ToTex(title).Tex is { } tex ? tex : AuthorText.Verbatim(title);
}
