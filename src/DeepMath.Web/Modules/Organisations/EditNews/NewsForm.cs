using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.EditNews;

public sealed class NewsForm
{
    [Required(ErrorMessage = "Give the news item a title.")]
    [StringLength(NewsItem.TitleMaxLength, ErrorMessage = "The title can have at most {1} characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the news item's date.")]
    public DateOnly? PublishedOn { get; set; }

    [StringLength(NewsItem.BodyMaxLength, ErrorMessage = "The text can have at most {1} characters.")]
    public string? Body { get; set; }

    /// <summary>Unticked keeps the item a draft that only managers see.</summary>
    public bool Publish { get; set; }
}
