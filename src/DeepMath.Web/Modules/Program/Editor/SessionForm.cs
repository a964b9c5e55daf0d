using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>Adds a session (no <see cref="Id"/>) or changes one. Times are of day, in the event's zone.</summary>
public sealed class SessionForm
{
    public Guid? Id { get; set; }
    public int Revision { get; set; }
    public SessionKind Kind { get; set; }

    [Required(ErrorMessage = "Give the session a title.")]
    [StringLength(200, ErrorMessage = "A session's title is at most 200 characters.")]
    public string Title { get; set; } = string.Empty;

    public Guid? RoomId { get; set; }

    [Required(ErrorMessage = "Choose the session's day.")]
    public DateOnly? Day { get; set; }

    [Required(ErrorMessage = "Give the start time, like 09:00.")]
    public TimeOnly? Starts { get; set; }

    [Required(ErrorMessage = "Give the end time, like 10:30.")]
    public TimeOnly? Ends { get; set; }

    [StringLength(200, ErrorMessage = "The chair's name is at most 200 characters.")]
    public string? Chair { get; set; }

    [StringLength(4000, ErrorMessage = "The description is at most 4000 characters.")]
    public string? Description { get; set; }

    public static SessionForm From(DraftSession s, int revision) => new()
    {
        Id = s.Id, Revision = revision, Kind = s.Kind, Title = s.Title, RoomId = s.RoomId, Day = s.Day, Starts = s.Starts, Ends = s.Ends,
        Chair = s.Chair, Description = s.Description,
    };
}
