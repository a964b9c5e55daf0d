using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Time;

/// <summary>Checks <see cref="ClockOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class ClockOptionsValidator : IValidateOptions<ClockOptions>;
