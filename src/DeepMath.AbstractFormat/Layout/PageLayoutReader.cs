using System.Text;
using UglyToad.PdfPig.Content;

namespace DeepMath.AbstractFormat.Layout;

/// <summary>
/// Turns PdfPig's letters into lines. pdflatex writes text in reading order and draws word spaces
/// as gaps, not space characters, so lines break where the baseline jumps and words where a gap opens.
/// </summary>
internal static class PageLayoutReader
{
    private const double LineJumpInEm = 0.6;
    private const double WordGapInEm = 0.15;

    public static PageLayout Read(Page page)
    {
        var crop = page.CropBox.Bounds;
        var lines = new List<TextLine>();
        var sizes = new Dictionary<double, int>();
        var builder = new LineBuilder(crop.Left, crop.Bottom);
        Letter? previous = null;

        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                builder.AppendSpace();
                continue;
            }

            var size = Math.Round(letter.PointSize, 2);
            sizes[size] = sizes.GetValueOrDefault(size) + 1;

            if (previous is not null)
            {
                var em = Math.Max(Math.Max(letter.PointSize, previous.PointSize), 1);
                var jump = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y);
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (jump > LineJumpInEm * em || gap < -em * 2)
                {
                    builder.Flush(lines);
                }
                else if (gap > WordGapInEm * em)
                {
                    builder.AppendSpace();
                }
            }

            builder.Append(letter);
            previous = letter;
        }

        builder.Flush(lines);
        return new PageLayout(page.Number, crop.Width, crop.Height, lines, sizes);
    }

    private sealed class LineBuilder(double originX, double originY)
    {
        private readonly StringBuilder _text = new();
        private double _left = double.MaxValue;
        private double _bottom = double.MaxValue;
        private double _right = double.MinValue;
        private double _top = double.MinValue;

        public void Append(Letter letter)
        {
            var box = letter.BoundingBox;
            _text.Append(letter.Value);
            _left = Math.Min(_left, box.Left - originX);
            _right = Math.Max(_right, box.Right - originX);
            _bottom = Math.Min(_bottom, box.Bottom - originY);
            _top = Math.Max(_top, box.Top - originY);
        }

        public void AppendSpace()
        {
            if (_text.Length > 0 && _text[^1] != ' ')
            {
                _text.Append(' ');
            }
        }

        public void Flush(List<TextLine> lines)
        {
            var text = _text.ToString().Trim();
            if (text.Length > 0)
            {
                lines.Add(new TextLine(text, _left, _bottom, _right, _top));
            }

            _text.Clear();
            _left = _bottom = double.MaxValue;
            _right = _top = double.MinValue;
        }
    }
}
