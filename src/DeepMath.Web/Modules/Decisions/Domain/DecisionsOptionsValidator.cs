using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>Checks <see cref="DecisionsOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class DecisionsOptionsValidator : IValidateOptions<DecisionsOptions>;
