namespace DeepMath.Web.Modules.Decisions.Templates;

/// <summary>The template editor's fields; <see cref="Command"/> is save, preview or test.</summary>
public sealed class TemplateForm
{
    public string? Outcome { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public int? Number { get; set; }
    public string? Command { get; set; }
}
