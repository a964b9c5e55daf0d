using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>Adds a room (no <see cref="Id"/>) or changes one.</summary>
public sealed class RoomForm
{
    public Guid? Id { get; set; }
    public int Revision { get; set; }

    [Required(ErrorMessage = "Give the room a name.")]
    [StringLength(120, ErrorMessage = "A room's name is at most 120 characters.")]
    public string Name { get; set; } = string.Empty;

    [Range(1, 100_000, ErrorMessage = "The capacity is a number of seats from 1 to 100000, or empty when unknown.")]
    public int? Capacity { get; set; }

    [StringLength(500, ErrorMessage = "Floor notes are at most 500 characters.")]
    public string? FloorNotes { get; set; }
}
