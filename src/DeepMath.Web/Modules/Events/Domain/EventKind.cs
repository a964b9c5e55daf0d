namespace DeepMath.Web.Modules.Events.Domain;

public enum EventKind
{
    Conference = 0,
    Workshop = 1,
    Colloquium = 2,
    Award = 3,
}
