using Blackspace.Email.Sending;
using Microsoft.Extensions.Configuration;

namespace Blackspace.Tests.Email;

public sealed class SmtpMailboxTests
{
    [Fact]
    public void Smtp_uri_gives_host_and_port_without_tls()
    {
        var mailbox = SmtpMailbox.FromConfiguration(Configuration("smtp://127.0.0.1:2525"));

        Assert.Equal("127.0.0.1", mailbox.Host);
        Assert.Equal(2525, mailbox.Port);
        Assert.False(mailbox.UseTls);
        Assert.Null(mailbox.Credentials);
    }

    [Theory]
    [InlineData("smtp://mail.blackspace.test", 25, false)]
    [InlineData("smtps://mail.blackspace.test", 465, true)]
    public void Uri_without_a_port_uses_the_scheme_default(string uri, int port, bool useTls)
    {
        var mailbox = SmtpMailbox.FromConfiguration(Configuration(uri));

        Assert.Equal(port, mailbox.Port);
        Assert.Equal(useTls, mailbox.UseTls);
    }

    [Fact]
    public void Credentials_in_the_uri_are_used_and_never_shown()
    {
        var mailbox = SmtpMailbox.FromConfiguration(Configuration("smtps://mailer:p%40ss@mail.blackspace.test:587"));

        Assert.Equal("mailer", mailbox.Credentials!.UserName);
        Assert.Equal("p@ss", mailbox.Credentials.Password);
        Assert.Equal("smtps://mail.blackspace.test:587", mailbox.ToString());
    }

    [Fact]
    public void Missing_connection_string_names_the_environment_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => SmtpMailbox.FromConfiguration(new ConfigurationBuilder().Build()));

        Assert.Contains("ConnectionStrings__mailbox", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://user:secret-value@mail.blackspace.test")]
    [InlineData("not a uri secret-value")]
    public void Connection_string_that_is_not_smtp_is_refused_without_repeating_it(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SmtpMailbox.FromConfiguration(Configuration(value)));

        Assert.Contains("ConnectionStrings__mailbox", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string mailbox) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:mailbox"] = mailbox })
        .Build();
}
