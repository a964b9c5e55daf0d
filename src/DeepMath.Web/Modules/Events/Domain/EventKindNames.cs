namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>How each kind of event is named, and what it has.</summary>
public static class EventKindNames
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Conference => "Conference",
        EventKind.Workshop => "Workshop",
        EventKind.Colloquium => "Colloquium talk",
        _ => kind.ToString(),
    };

    /// <summary>Whether a call for abstracts or papers makes sense: a colloquium is one invited talk.</summary>
    public static bool HasCalls(EventKind kind) => kind != EventKind.Colloquium;
}
