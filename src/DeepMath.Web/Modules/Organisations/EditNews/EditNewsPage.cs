namespace DeepMath.Web.Modules.Organisations.EditNews;

public sealed record EditNewsPage(string Slug, string OrganisationName, Guid? ItemId, NewsForm Form);
