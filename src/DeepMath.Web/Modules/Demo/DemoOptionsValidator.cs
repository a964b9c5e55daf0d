using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Demo;

/// <summary>Checks <see cref="DemoOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class DemoOptionsValidator : IValidateOptions<DemoOptions>;
