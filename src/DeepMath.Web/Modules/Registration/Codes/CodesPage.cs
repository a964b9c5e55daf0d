using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.Codes;

public sealed record CodeRow(string Code, int DiscountPercent, int Uses, int MaxUses, DateOnly? ExpiresOn, string? InvitedEmail);

public sealed record CodesPage(EventInfo Event, IReadOnlyList<CodeRow> Codes, CodeForm Form);
