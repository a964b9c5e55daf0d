namespace DeepMath.Web.Modules.Events.Domain;

public enum WindowPhase
{
    NotYetOpen = 0,
    Open = 1,
    Closed = 2,
}
