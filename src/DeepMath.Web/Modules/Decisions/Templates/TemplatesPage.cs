using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Decisions.Templates;

public sealed record TemplatesPage(CallInfo Call, IReadOnlyList<DecisionOutcome> Outcomes, DecisionOutcome Outcome, string Subject, string Body, bool IsSaved,
    int? PreviewNumber, EmailMessage? Preview, IReadOnlyList<string> Errors);
