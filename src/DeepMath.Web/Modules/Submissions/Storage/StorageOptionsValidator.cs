using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>Checks <see cref="StorageOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
