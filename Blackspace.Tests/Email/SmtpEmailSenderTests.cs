using Blackspace.Email;
using Blackspace.Email.Rendering;
using Blackspace.Email.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Blackspace.Tests.Email;

/// <summary>How the sender classifies what an SMTP server does, against scripted servers on real sockets.</summary>
public sealed class SmtpEmailSenderTests
{
    private static readonly RenderedEmail s_email = new("Subject", "<p>Hello</p>", "Hello");

    [Fact]
    public async Task Recipient_refused_for_good_cannot_be_delivered()
    {
        await using var server = ScriptedSmtpServer.Answering(
            command => command == "RCPT" ? "550 5.1.1 No such user" : null);

        var error = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => Sender(server.Port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.Equal("The SMTP server refused the recipient with status 550.", error.Message);
    }

    [Theory]
    [InlineData("MAIL", "550 5.7.1 Sender rejected", "sender")]
    [InlineData("MESSAGE", "554 5.6.0 Message refused", "message")]
    public async Task Sender_or_message_refused_for_good_cannot_be_delivered(string command, string reply, string what)
    {
        await using var server = ScriptedSmtpServer.Answering(received => received == command ? reply : null);

        var error = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => Sender(server.Port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.Contains($"refused the {what}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_that_breaks_the_protocol_is_unavailable()
    {
        await using var server = ScriptedSmtpServer.Answering(command => command == "EHLO" ? "garbled" : null);

        var error = await Assert.ThrowsAsync<MailboxUnavailableException>(
            () => Sender(server.Port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.Contains("conversation failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbled_goodbye_after_the_message_was_accepted_still_counts_as_sent()
    {
        await using var server = ScriptedSmtpServer.Answering(command => command == "QUIT" ? "garbled" : null);

        await Sender(server.Port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default);

        Assert.Contains("QUIT", server.Commands);
    }

    [Fact]
    public async Task Temporary_refusal_is_worth_another_attempt()
    {
        await using var server = ScriptedSmtpServer.Answering(
            command => command == "RCPT" ? "451 4.3.0 Try later" : null);

        var error = await Assert.ThrowsAsync<MailboxUnavailableException>(
            () => Sender(server.Port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.Contains("451", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_that_never_answers_times_out_as_unavailable()
    {
        await using var server = ScriptedSmtpServer.Silent();
        var sender = Sender(server.Port, timeoutSeconds: 1);

        var error = await Assert.ThrowsAsync<MailboxUnavailableException>(
            () => sender.SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.Contains("did not answer within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_server_is_unavailable()
    {
        var port = Infrastructure.Ports.Next();

        var error = await Assert.ThrowsAsync<MailboxUnavailableException>(
            () => Sender(port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hang_up_after_the_message_was_accepted_still_counts_as_sent()
    {
        await using var server = ScriptedSmtpServer.HangingUpAfterAccepting();

        await Sender(server.Port).SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default);

        Assert.Contains("DATA", server.Commands);
    }

    [Fact]
    public async Task Credentials_from_the_connection_string_are_used()
    {
        await using var server = ScriptedSmtpServer.Answering(_ => null);

        await Sender(server.Port, "mailer:secret@").SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default);

        Assert.Contains("AUTH", server.Commands);
    }

    [Fact]
    public async Task Refused_credentials_are_worth_another_attempt()
    {
        await using var server = ScriptedSmtpServer.Answering(
            command => command == "AUTH" ? "535 5.7.8 Authentication credentials invalid" : null);

        var error = await Assert.ThrowsAsync<MailboxUnavailableException>(() =>
            Sender(server.Port, "mailer:wrong@").SendAsync(Guid.NewGuid(), "someone@example.test", s_email, default));

        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("")]
    public async Task Malformed_recipient_cannot_be_delivered(string recipient)
    {
        await using var server = ScriptedSmtpServer.Answering(_ => null);

        await Assert.ThrowsAsync<DeliveryFailedException>(
            () => Sender(server.Port).SendAsync(Guid.NewGuid(), recipient, s_email, default));

        Assert.Empty(server.Commands);
    }

    // Generous, so a busy machine does not turn a scripted reply into a timeout; the silent server uses 1 s.
    private static SmtpEmailSender Sender(int port, string userInfo = "", int timeoutSeconds = 10)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:mailbox"] = $"smtp://{userInfo}127.0.0.1:{port}",
            })
            .Build();
        var options = new EmailOptions
        {
            From = "noreply@blackspace.test",
            SmtpTimeout = TimeSpan.FromSeconds(timeoutSeconds),
        };
        return new SmtpEmailSender(SmtpMailbox.FromConfiguration(configuration), Options.Create(options));
    }
}
