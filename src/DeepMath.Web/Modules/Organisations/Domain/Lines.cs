namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>The non-blank lines of a text area, trimmed: lists are typed one item per line, so the forms work without JavaScript.</summary>
public static class Lines
{
    public static List<string> Of(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
