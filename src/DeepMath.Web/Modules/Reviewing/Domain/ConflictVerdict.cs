namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>An organizer's ruling on an automatically found conflict.</summary>
public enum ConflictVerdict
{
    Confirmed = 0,
    Dismissed = 1,
}
