using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>What an author is told when a change reaches the server outside the call's window.</summary>
public static class ClosedCallMessage
{
    public static string For(CallInfo call, DateTimeOffset now) =>
        now < call.Window.OpensAt
            ? $"The {call.CallTitle} of {call.EventTitle} is not open yet: it opens {TimeZoneInfo.ConvertTime(call.Window.OpensAt, call.Window.Zone):d MMMM yyyy, HH:mm} ({call.Window.Zone.Id}). Nothing was saved."
            : $"The {call.CallTitle} of {call.EventTitle} closed at {TimeZoneInfo.ConvertTime(call.Window.ClosesAt, call.Window.Zone):d MMMM yyyy, HH:mm} ({call.Window.Zone.Id}); submissions are no longer accepted. What you saved before stays as it was.";
}
