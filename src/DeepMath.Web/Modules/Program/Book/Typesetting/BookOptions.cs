using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>How the book of abstracts is typeset (section "Book").</summary>
public sealed class BookOptions
{
    public const string Section = "Book";

    /// <summary>The LuaLaTeX command (Debian's texlive-luatex installs /usr/bin/lualatex).</summary>
    [Required]
    public string LuaLatex { get; set; } = "lualatex";

    /// <summary>The qpdf command, which puts the front matter first (Debian's qpdf).</summary>
    [Required]
    public string Qpdf { get; set; } = "qpdf";

    /// <summary>One TeX run is killed after this long; a book of 500 abstracts takes a few seconds.</summary>
    [Range(5, 3600)]
    public int TimeLimitSeconds { get; set; } = 120;

    /// <summary>
    /// Where LuaTeX keeps its font cache between builds (TEXMFVAR); empty: a folder in the system's temporary
    /// folder. Without it every build would rescan the fonts (tens of seconds).
    /// </summary>
    public string? FontCacheFolder { get; set; }

    public string FontCache => string.IsNullOrWhiteSpace(FontCacheFolder)
        ? Path.Combine(Path.GetTempPath(), "deepmath-texmf-var")
        : FontCacheFolder;
}

/// <summary>Checks <see cref="BookOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class BookOptionsValidator : IValidateOptions<BookOptions>;
