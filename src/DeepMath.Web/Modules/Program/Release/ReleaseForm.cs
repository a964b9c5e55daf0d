using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Release;

/// <summary>Releases the working copy as the program, under a name and with a comment for the changes page.</summary>
public sealed class ReleaseForm
{
    /// <summary>The working copy's revision the organizer reviewed; a newer one must be reviewed first.</summary>
    public int Revision { get; set; }

    [Required(ErrorMessage = "Name the release, e.g. \"Final program\".")]
    [StringLength(ProgramRelease.NameMaxLength, ErrorMessage = "A release's name is at most 120 characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(ProgramRelease.CommentMaxLength, ErrorMessage = "The comment is at most 2000 characters.")]
    public string? Comment { get; set; }
}
