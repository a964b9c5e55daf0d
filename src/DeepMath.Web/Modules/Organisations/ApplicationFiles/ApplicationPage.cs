using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.ApplicationFiles;

public sealed record ApplicationPage(ApplicationGrant Grant, IReadOnlyList<ApplicationFileKind> Files);
