using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>Checks <see cref="WebSecurityOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class WebSecurityOptionsValidator : IValidateOptions<WebSecurityOptions>;
