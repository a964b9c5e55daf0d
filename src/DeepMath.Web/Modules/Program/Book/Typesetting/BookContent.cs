namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>Everything the book prints, already in program order and in words (dates, times and rooms formatted).</summary>
public sealed record BookContent(string EventTitle, string Dates, string? Venue, string ZoneNote, IReadOnlyList<BookSession> Sessions)
{
    public IEnumerable<BookAbstract> Abstracts() => Sessions.SelectMany(s => s.Items).Select(i => i.Abstract).OfType<BookAbstract>();
}

/// <param name="When">Day, times and room, as printed above the session.</param>
public sealed record BookSession(string When, string Title, string? Chair, IReadOnlyList<BookItem> Items);

/// <param name="People">The presenter, speaker or panel, as the program in brief prints them.</param>
/// <param name="Abstract">The abstract printed in the book, or null (breaks, panels, free items).</param>
public sealed record BookItem(string Time, string Title, string? People, BookAbstract? Abstract);

/// <param name="Key">Stable name of the abstract in the build report (the program item's id).</param>
/// <param name="Label">What and when, e.g. "Talk · Thursday 09:20 · Room A" or "Poster, board 12".</param>
/// <param name="Title">As the author wrote it, math included.</param>
/// <param name="Text">As the author wrote it, math included.</param>
public sealed record BookAbstract(string Key, string Label, string Title, IReadOnlyList<BookAuthor> Authors, string Text);

public sealed record BookAuthor(string Name, string? Affiliation, bool Presenting);

/// <summary>An abstract printed as its source text, and why (refused math, or TeX's error).</summary>
public sealed record BookProblem(string Key, string Title, string Reason);
