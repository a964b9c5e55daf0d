namespace DeepMath.Web.Infrastructure.Web.Confirmation;

/// <summary>
/// The second page of a destructive action: what is about to happen and what follows from it, with one button that posts
/// the same form again to the same address with <see cref="ConfirmFirst.Field"/> set, and a way back. It works without
/// JavaScript, and a post without the field (an old page, a forged or mistaken click) only shows this page.
/// </summary>
/// <param name="Title">The page's heading, a question ("Withdraw submission 12?").</param>
/// <param name="Consequences">What follows, one sentence each.</param>
/// <param name="ConfirmLabel">The button that acts ("Withdraw submission 12").</param>
/// <param name="CancelUrl">Where "Keep it" leads: the page the action came from.</param>
/// <param name="Fields">The posted fields to send again (the antiforgery token is made afresh).</param>
public sealed record ConfirmPage(string Title, IReadOnlyList<string> Consequences, string ConfirmLabel, string CancelUrl,
    IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public const string ViewPath = "/Views/Shared/Confirm.cshtml";
}
