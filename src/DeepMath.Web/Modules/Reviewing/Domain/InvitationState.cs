namespace DeepMath.Web.Modules.Reviewing.Domain;

public enum InvitationState
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
}
