using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.EditOrganisation;

public sealed record EditOrganisationPage(string Slug, string Name, OrganisationForm Form, ExternalEventForm NewExternal, IReadOnlyList<ExternalEvent> ExternalEvents);
