using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Blackspace.ServiceDefaults.Configuration;

/// <summary>Binds options from configuration and validates them when the host starts.</summary>
public static class ConfigurationExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to the configuration section <paramref name="section"/> and validates
    /// its data annotations at start-up. A failure stops the process with a message that names the environment
    /// variable to set, such as <c>Auth__Admin__Email</c>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IHostApplicationBuilder builder,
        string section)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(section);

        builder.Services.AddSingleton<IValidateOptions<TOptions>>(
            new EnvironmentVariableOptionsValidator<TOptions>(section));
        return builder.Services.AddOptions<TOptions>()
            .Bind(builder.Configuration.GetSection(section))
            .ValidateOnStart();
    }

    /// <summary>
    /// Reads and validates <typeparamref name="TOptions"/> immediately, for settings needed while services are
    /// still being registered. Throws <see cref="OptionsValidationException"/> naming the variables at fault.
    /// </summary>
    public static TOptions GetValidatedOptions<TOptions>(this IHostApplicationBuilder builder, string section)
        where TOptions : class, new()
    {
        ArgumentNullException.ThrowIfNull(builder);

        var options = new TOptions();
        builder.Configuration.GetSection(section).Bind(options);
        var result = new EnvironmentVariableOptionsValidator<TOptions>(section).Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), result.Failures);
        }

        return options;
    }
}
