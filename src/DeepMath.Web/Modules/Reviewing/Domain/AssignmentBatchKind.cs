namespace DeepMath.Web.Modules.Reviewing.Domain;

public enum AssignmentBatchKind
{
    /// <summary>The solver's pairs, applied at once; only these can be undone as a whole.</summary>
    Applied = 0,
    ManualAdd = 1,
    ManualRemove = 2,
    Undo = 3,
}
