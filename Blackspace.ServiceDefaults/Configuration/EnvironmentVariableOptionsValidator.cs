using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Blackspace.ServiceDefaults.Configuration;

/// <summary>
/// Validates data annotations on an options object and its nested option objects, and names each failure by the
/// environment variable that sets it, because that is what an operator has to change.
/// </summary>
/// <param name="section">The configuration section the options are bound to, such as <c>Auth</c>.</param>
public sealed class EnvironmentVariableOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        Collect(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object instance, string prefix, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
            foreach (var member in members)
            {
                var variable = member.Length == 0 ? prefix : $"{prefix}__{member}";
                failures.Add($"Configuration {variable} is invalid: {result.ErrorMessage}");
            }
        }

        foreach (var property in instance.GetType().GetProperties())
        {
            if (IsNestedOptions(property.PropertyType) && property.GetValue(instance) is { } nested)
            {
                Collect(nested, $"{prefix}__{property.Name}", failures);
            }
        }
    }

    private static bool IsNestedOptions(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(Uri);
}
