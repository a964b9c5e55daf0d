using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>Checks <see cref="InstanceOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class InstanceOptionsValidator : IValidateOptions<InstanceOptions>;
