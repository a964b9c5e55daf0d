using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Calendar;

/// <summary>The words readers see for a session's or an item's kind, on pages and in calendars alike.</summary>
public static class SessionKindNames
{
    public static string Of(SessionKind kind) => kind switch
    {
        SessionKind.ContributedTalks => "Contributed talks",
        SessionKind.PosterSession => "Poster session",
        SessionKind.InvitedTalk => "Invited talk",
        SessionKind.Keynote => "Keynote",
        SessionKind.Panel => "Panel discussion",
        SessionKind.Discussion => "Discussion session",
        SessionKind.Break => "Break",
        SessionKind.Social => "Social",
        _ => kind.ToString(),
    };

    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.Talk => "Talk",
        ItemKind.Poster => "Poster",
        ItemKind.InvitedTalk => "Invited talk",
        ItemKind.Panel => "Panel",
        ItemKind.Free => "Item",
        _ => kind.ToString(),
    };
}
