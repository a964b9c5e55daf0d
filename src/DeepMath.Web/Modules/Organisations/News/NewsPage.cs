using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.News;

public sealed record NewsPage(Guid OrganisationId, string Slug, string Name, IReadOnlyList<NewsItem> Items, bool CanManage);
