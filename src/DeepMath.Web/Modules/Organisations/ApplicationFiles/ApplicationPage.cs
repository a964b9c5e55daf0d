using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.ApplicationFiles;

/// <param name="Zone">The zone of the award call's event, in which times are shown.</param>
public sealed record ApplicationPage(ApplicationGrant Grant, IReadOnlyList<ApplicationFileKind> Files, TimeZoneInfo Zone);
