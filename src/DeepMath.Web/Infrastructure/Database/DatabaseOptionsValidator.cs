using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Checks <see cref="DatabaseOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>;
