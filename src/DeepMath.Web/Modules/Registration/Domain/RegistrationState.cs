namespace DeepMath.Web.Modules.Registration.Domain;

public enum RegistrationState
{
    Confirmed = 0,
    Waitlisted = 1,
    Cancelled = 2,
}
