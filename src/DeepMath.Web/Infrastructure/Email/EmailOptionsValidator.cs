using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>Checks <see cref="EmailOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class EmailOptionsValidator : IValidateOptions<EmailOptions>;
