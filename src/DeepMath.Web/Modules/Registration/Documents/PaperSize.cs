namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>Sheet sizes in PDF points (1/72 inch).</summary>
public readonly record struct PaperSize(string Name, float Width, float Height)
{
    public static readonly PaperSize A4 = new("A4", 595.28f, 841.89f);
    public static readonly PaperSize Letter = new("Letter", 612f, 792f);

    /// <summary>The paper of the country an event is held in (ISO 3166-1 alpha-2): Letter in the United States and Canada, A4 elsewhere.</summary>
    public static PaperSize ForCountry(string? countryCode) => SharedKernel.Countries.UsesLetterPaper(countryCode) ? Letter : A4;

    public static PaperSize? Parse(string? name) =>
        string.Equals(name, "letter", StringComparison.OrdinalIgnoreCase) ? Letter
        : string.IsNullOrEmpty(name) || string.Equals(name, "a4", StringComparison.OrdinalIgnoreCase) ? A4
        : null;
}
