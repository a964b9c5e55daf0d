namespace DeepMath.Web.Modules.Reviewing.Domain;

public enum ProfileChangeState
{
    /// <summary>Waiting for the organizers.</summary>
    Open = 0,

    /// <summary>The organizers applied it to the profile: its conflicts hold.</summary>
    Applied = 1,
    Dismissed = 2,
}
