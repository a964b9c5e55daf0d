namespace DeepMath.AbstractFormat;

/// <summary>The stable finding codes; stored with submissions, so never rename one.</summary>
public static class FindingCodes
{
    public const string PdfInvalid = "pdf.invalid";
    public const string PdfEncrypted = "pdf.encrypted";
    public const string PdfTooLarge = "pdf.too-large";
    public const string PagesTooMany = "pages.too-many";
    public const string Page2NotReferences = "page2.not-references";
    public const string PageSize = "page.size";
    public const string Margins = "margins";
    public const string FontTooSmall = "font.too-small";
    public const string TextMissing = "text.missing";
    public const string TemplateMissing = "template.missing";
    public const string AnonymityMetadata = "anonymity.metadata";
    public const string AnonymityName = "anonymity.name";
    public const string AnonymityEmail = "anonymity.email";
    public const string AnonymityAffiliation = "anonymity.affiliation";
    public const string AcknowledgmentsPresent = "acknowledgments.present";
}
