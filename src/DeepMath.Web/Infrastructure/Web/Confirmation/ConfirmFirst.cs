using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Infrastructure.Web.Confirmation;

/// <summary>
/// One pattern for every destructive post: the action takes <c>[FromForm] bool confirmed</c> and, while it is false, answers
/// <c>this.ConfirmFirst(...)</c> instead of acting. The page's own button needs no change; the confirmation page posts again.
/// </summary>
public static class ConfirmFirst
{
    /// <summary>The form field that says the person saw the confirmation page.</summary>
    public const string Field = "confirmed";

    /// <summary>The confirmation page for the current post, carrying its fields (all but the token and <see cref="Field"/>) to the same address.</summary>
    public static ViewResult ConfirmFirstView(this Controller controller, string title, string confirmLabel, string cancelUrl, params string[] consequences)
    {
        var form = controller.Request.HasFormContentType ? controller.Request.Form : null;
        var fields = form is null ? [] : form
            .Where(f => f.Key is not "__RequestVerificationToken" and not Field)
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))
            .ToList();
        return controller.View(ConfirmPage.ViewPath, new ConfirmPage(title, consequences, confirmLabel, cancelUrl, fields));
    }
}
