using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>Checks <see cref="JobsOptions"/> when the host starts; generated at compile time from its attributes.</summary>
[OptionsValidator]
internal sealed partial class JobsOptionsValidator : IValidateOptions<JobsOptions>;
