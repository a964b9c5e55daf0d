namespace DeepMath.Assignment.Text;

/// <summary>BibTeX that cannot be read; the message names the line and what is wrong there.</summary>
public sealed class BibTexException : Exception
{
    public BibTexException()
    {
    }

    public BibTexException(string message)
        : base(message)
    {
    }

    public BibTexException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
