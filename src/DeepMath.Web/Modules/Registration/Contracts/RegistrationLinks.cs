using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Registration.RegisterForEvent;

namespace DeepMath.Web.Modules.Registration.Contracts;

/// <summary>Links into the registration pages for other modules' e-mails, built from the routes.</summary>
public static class RegistrationLinks
{
    /// <summary>The event's registration form, with an invitation's code filled in when given.</summary>
    public static string RegisterFor(this LinkBuilder links, string eventSlug, string? code = null) =>
        links.Action<RegisterForEventController>(nameof(RegisterForEventController.Index), new { slug = eventSlug, code });
}
