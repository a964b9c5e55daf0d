using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Configuration;

/// <summary>How every configuration section becomes an options class: bound, and checked when the host starts.</summary>
public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks it with
    /// <typeparamref name="TValidator"/> (source-generated from its attributes, nested sections included) when
    /// the host starts, so that a wrong value stops the app at once with a message naming the setting,
    /// instead of failing later in whatever first reads it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IHostApplicationBuilder builder, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions, TValidator>(section)));
        return builder.Services.AddOptions<TOptions>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
    }

    /// <summary>
    /// Binds a section whose every value is valid once it converts (flags): built when the host starts, so
    /// that a value that does not convert stops the app then, naming the setting.
    /// </summary>
    public static OptionsBuilder<TOptions> AddBoundOptions<TOptions>(this IHostApplicationBuilder builder, string section)
        where TOptions : class =>
        builder.Services.AddOptions<TOptions>().Bind(builder.Configuration.GetSection(section)).ValidateOnStart();
}
