namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// Which template a call asks authors to use: the DeepMath LaTeX template, the call's own uploaded file (a .zip or a
/// LaTeX file), or none. The template-marker rule follows it: no marker is checked for a call without a template.
/// </summary>
public enum TemplateChoice
{
    DeepMath,
    Own,
    None,
}
