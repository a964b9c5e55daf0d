namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>What the organizer chose on the preview (a GET form, so a preview is a link): mode, weights and constraints.</summary>
public sealed class PreviewForm
{
    public string? Mode { get; set; }
    public string? Q { get; set; }
    public string? Seed { get; set; }
    public string? TopicWeight { get; set; }
    public string? TextWeight { get; set; }
    public string? BidWeight { get; set; }
    public bool Senior { get; set; }
    public bool Institutions { get; set; }
    public bool Countries { get; set; }
    public bool Coauthors { get; set; }
    public bool Reciprocal { get; set; }
    public string? MinLoad { get; set; }
}
