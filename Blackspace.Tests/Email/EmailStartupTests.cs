using Blackspace.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Blackspace.Tests.Email;

/// <summary>A missing or malformed setting stops the service before it takes a request, naming the variable.</summary>
public sealed class EmailStartupTests
{
    private static readonly Dictionary<string, string?> s_complete = new()
    {
        ["ConnectionStrings:emaildb"] = "Host=127.0.0.1;Port=1;Database=emaildb;Username=u;Password=p",
        ["ConnectionStrings:rabbitmq"] = "amqp://u:p@127.0.0.1:1/",
        ["ConnectionStrings:mailbox"] = "smtp://127.0.0.1:1",
        ["Email:From"] = "noreply@blackspace.test",
    };

    [Theory]
    [InlineData("Email:From", "Email__From")]
    [InlineData("ConnectionStrings:mailbox", "ConnectionStrings__mailbox")]
    [InlineData("ConnectionStrings:emaildb", "ConnectionStrings__emaildb")]
    public void Missing_setting_stops_start_up_and_names_its_variable(string key, string variable)
    {
        var settings = new Dictionary<string, string?>(s_complete) { [key] = null };
        using var factory = new ConfiguredFactory(settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(variable, Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Unusable_retry_delays_stop_start_up()
    {
        var settings = new Dictionary<string, string?>(s_complete) { ["Email:RetryDelays"] = "later" };
        using var factory = new ConfiguredFactory(settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Email__RetryDelays", Messages(error), StringComparison.Ordinal);
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }

    private sealed class ConfiguredFactory(Dictionary<string, string?> settings) : WebApplicationFactory<EmailApi>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
