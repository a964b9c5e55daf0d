using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>Places an accepted abstract in a session: a talk of <see cref="Minutes"/>, or a poster in a poster session.</summary>
public sealed class PlaceForm
{
    public int Revision { get; set; }
    public Guid SessionId { get; set; }
    public Guid SubmissionId { get; set; }

    [Range(1, 600, ErrorMessage = "A talk lasts from 1 to 600 minutes.")]
    public int? Minutes { get; set; }

    /// <summary>Where in the session (0 first); at the end when empty.</summary>
    public int? Position { get; set; }
}

/// <summary>
/// An invited talk: written by the organizers (the speaker need not have submitted anything). The speaker is a profile
/// chosen from the speakers' list (<see cref="SpeakerId"/>: name, affiliation and biography come from it), or typed here.
/// </summary>
public sealed class InvitedTalkForm : IValidatableObject
{
    public int Revision { get; set; }
    public Guid SessionId { get; set; }

    [Required(ErrorMessage = "Give the talk's title.")]
    [StringLength(300, ErrorMessage = "A title is at most 300 characters.")]
    public string Title { get; set; } = string.Empty;

    /// <summary>The speaker's profile; when set, the typed name, affiliation and biography are not used.</summary>
    public Guid? SpeakerId { get; set; }

    [StringLength(200, ErrorMessage = "A name is at most 200 characters.")]
    public string? Speaker { get; set; }

    [StringLength(300, ErrorMessage = "An affiliation is at most 300 characters.")]
    public string? Affiliation { get; set; }

    [EmailAddress(ErrorMessage = "The speaker's e-mail does not look like an address (name@example.org); leave it empty if unknown.")]
    public string? Email { get; set; }

    [StringLength(4000, ErrorMessage = "The biography is at most 4000 characters.")]
    public string? Biography { get; set; }

    [StringLength(8000, ErrorMessage = "The abstract is at most 8000 characters.")]
    public string? Abstract { get; set; }

    [Range(1, 600, ErrorMessage = "A talk lasts from 1 to 600 minutes.")]
    public int? Minutes { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SpeakerId is null && string.IsNullOrWhiteSpace(Speaker))
        {
            yield return new ValidationResult("Choose the speaker's profile, or type the speaker's name.", [nameof(Speaker)]);
        }
    }
}

/// <summary>A panel: a moderator and panelists, one per line as "Name, affiliation".</summary>
public sealed class PanelForm
{
    public int Revision { get; set; }
    public Guid SessionId { get; set; }

    [Required(ErrorMessage = "Give the panel's title.")]
    [StringLength(300, ErrorMessage = "A title is at most 300 characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the moderator's name.")]
    [StringLength(200, ErrorMessage = "A name is at most 200 characters.")]
    public string Moderator { get; set; } = string.Empty;

    [StringLength(300, ErrorMessage = "An affiliation is at most 300 characters.")]
    public string? ModeratorAffiliation { get; set; }

    [Required(ErrorMessage = "List the panelists, one per line as \"Name, affiliation\".")]
    [StringLength(4000, ErrorMessage = "The list of panelists is at most 4000 characters.")]
    public string Panelists { get; set; } = string.Empty;

    [Range(1, 600, ErrorMessage = "A panel lasts from 1 to 600 minutes, or leave it empty to fill the session.")]
    public int? Minutes { get; set; }
}

/// <summary>Anything else: an opening, announcements, a demo.</summary>
public sealed class FreeItemForm
{
    public int Revision { get; set; }
    public Guid SessionId { get; set; }

    [Required(ErrorMessage = "Give the item's title.")]
    [StringLength(300, ErrorMessage = "A title is at most 300 characters.")]
    public string Title { get; set; } = string.Empty;

    [Range(1, 600, ErrorMessage = "An item lasts from 1 to 600 minutes, or leave it empty to span the session.")]
    public int? Minutes { get; set; }
}

/// <summary>Moves an item within its session or to another one (the arrows, the "move to" list, drag and drop).</summary>
public sealed class MoveForm
{
    public int Revision { get; set; }
    public Guid ItemId { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>Where in the target session (0 first); at the end when empty.</summary>
    public int? Position { get; set; }
}

/// <summary>Changes a talk's duration, or removes an item (<see cref="Remove"/>).</summary>
public sealed class ItemChangeForm
{
    public int Revision { get; set; }
    public Guid ItemId { get; set; }

    [Range(1, 600, ErrorMessage = "An item lasts from 1 to 600 minutes.")]
    public int? Minutes { get; set; }

    public bool Remove { get; set; }
}

/// <summary>"Place all posters": the accepted posters not yet placed go to one poster session, and its boards are numbered.</summary>
public sealed class PostersForm
{
    public int Revision { get; set; }
    public Guid SessionId { get; set; }
    public Domain.BoardOrder Order { get; set; }
}
