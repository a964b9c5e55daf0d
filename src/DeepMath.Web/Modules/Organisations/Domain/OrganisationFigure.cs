namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>One of an organisation's figures: a number and what it counts.</summary>
public sealed class OrganisationFigure
{
    public const int LabelMaxLength = 100;

    public int Position { get; set; }
    public long Number { get; set; }
    public string Label { get; set; } = string.Empty;
}
