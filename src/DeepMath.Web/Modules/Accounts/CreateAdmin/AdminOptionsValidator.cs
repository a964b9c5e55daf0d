using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.CreateAdmin;

/// <summary>Checks <see cref="AdminOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class AdminOptionsValidator : IValidateOptions<AdminOptions>;
