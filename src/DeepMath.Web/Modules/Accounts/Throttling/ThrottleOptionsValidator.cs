using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Throttling;

/// <summary>Checks <see cref="ThrottleOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class ThrottleOptionsValidator : IValidateOptions<ThrottleOptions>;
