using System.Text;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>A .tex file being written, counting its lines so that TeX's "book.tex:LINE: error" finds the abstract at fault.</summary>
internal sealed class TexLines
{
    private readonly StringBuilder _sb = new(1 << 16);

    /// <summary>The number of the line the next text goes on (1-based, as TeX counts).</summary>
    public int Line { get; private set; } = 1;

    public TexLines Add(string text)
    {
        _sb.Append(text);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                Line++;
            }
        }
        return this;
    }

    public TexLines AddLine(string text) => Add(text).Add("\n");

    public override string ToString() => _sb.ToString();
}
