using System.ComponentModel.DataAnnotations;
using Blackspace.ServiceDefaults.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Blackspace.Tests.ServiceDefaults;

public sealed class OptionsValidationTests
{
    [Fact]
    public void Missing_nested_setting_is_named_by_its_environment_variable()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sample:PublicBaseUrl"] = "https://example.test",
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => builder.GetValidatedOptions<SampleOptions>("Sample"));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith("Configuration Sample__Admin__Email is invalid:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_settings_are_bound()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sample:PublicBaseUrl"] = "https://example.test",
            ["Sample:Admin:Email"] = "admin@example.test",
        });

        var options = builder.GetValidatedOptions<SampleOptions>("Sample");

        Assert.Equal("admin@example.test", options.Admin.Email);
    }

    [Fact]
    public void Registered_options_fail_when_first_read_with_every_variable_named()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.AddValidatedOptions<SampleOptions>("Sample");
        using var provider = builder.Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<SampleOptions>>().Value);

        Assert.Contains(error.Failures, f =>
            f.StartsWith("Configuration Sample__PublicBaseUrl ", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f =>
            f.StartsWith("Configuration Sample__Admin__Email ", StringComparison.Ordinal));
    }

    [Fact]
    public void Object_level_failures_name_the_section()
    {
        var result = new EnvironmentVariableOptionsValidator<WholeObjectOptions>("Whole")
            .Validate(Options.DefaultName, new WholeObjectOptions());

        Assert.True(result.Failed);
        Assert.StartsWith("Configuration Whole is invalid:", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    public sealed class SampleOptions
    {
        [Required]
        [Url]
        public string? PublicBaseUrl { get; set; }

        public AdminSettings Admin { get; set; } = new();

        public List<string> Tags { get; set; } = [];
    }

    public sealed class AdminSettings
    {
        [Required]
        [EmailAddress]
        public string? Email { get; set; }
    }

    public sealed class WholeObjectOptions : IValidatableObject
    {
        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            yield return new ValidationResult("Something about the whole object is wrong.");
        }
    }
}
