using System.Globalization;
using System.Net.Sockets;
using Blackspace.Email.Rendering;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Blackspace.Email.Sending;

/// <summary>
/// Sends one rendered email over SMTP with MailKit, inside one time limit. It does not retry: Wolverine's error
/// policy is the only retry layer.
/// </summary>
public sealed class SmtpEmailSender(SmtpMailbox mailbox, IOptions<EmailOptions> options)
{
    private readonly EmailOptions _options = options.Value;

    public async Task SendAsync(Guid requestId, string recipient, RenderedEmail email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(email);

        var message = BuildMessage(requestId, recipient, email);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.SmtpTimeout);
        using var client = new SmtpClient { Timeout = (int)_options.SmtpTimeout.TotalMilliseconds };
        try
        {
            var security = mailbox.UseTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
            await client.ConnectAsync(mailbox.Host, mailbox.Port, security, timeout.Token);
            if (mailbox.Credentials is { } credentials)
            {
                await client.AuthenticateAsync(credentials, timeout.Token);
            }

            await client.SendAsync(message, timeout.Token);
        }
        catch (SmtpCommandException e) when (IsPermanentRefusal(e))
        {
            throw new DeliveryFailedException(
                $"The SMTP server refused the {Describe(e.ErrorCode)} with status {(int)e.StatusCode}.", e);
        }
        catch (Exception e) when (e is TimeoutException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new MailboxUnavailableException(
                $"The SMTP server did not answer within {_options.SmtpTimeout.TotalSeconds} s.", e);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException
            or SocketException or ServiceNotConnectedException or AuthenticationException)
        {
            throw new MailboxUnavailableException(DescribeTransient(e), e);
        }

        // The message is accepted: a failing QUIT must not turn it into a failure that would send it again.
        try
        {
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException
            or SmtpProtocolException or SmtpCommandException)
        {
            // Nothing to undo: disposing the client closes the connection.
        }
    }

    private MimeMessage BuildMessage(Guid requestId, string recipient, RenderedEmail email)
    {
        if (!MailboxAddress.TryParse(recipient, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new DeliveryFailedException("The recipient address is not a valid email address.");
        }

        var from = new MailboxAddress(_options.FromName, _options.From);
        var body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html };
        var message = new MimeMessage([from], [to], email.Subject, body.ToMessageBody());

        // One Message-ID per request: if a crash ever makes us send twice, mail systems can tell it is one email.
        message.MessageId = string.Create(
            CultureInfo.InvariantCulture,
            $"{requestId:N}@{from.Domain}");
        return message;
    }

    private static bool IsPermanentRefusal(SmtpCommandException e) =>
        (int)e.StatusCode >= 500
        && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted
            or SmtpErrorCode.MessageNotAccepted;

    private static string Describe(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "recipient",
        SmtpErrorCode.SenderNotAccepted => "sender",
        _ => "message",
    };

    private static string DescribeTransient(Exception e) => e switch
    {
        SmtpCommandException command => $"The SMTP server answered {(int)command.StatusCode} ({command.ErrorCode}).",
        SocketException socket => $"The SMTP server could not be reached ({socket.SocketErrorCode}).",
        AuthenticationException => "The SMTP server did not accept the configured credentials.",
        _ => $"The SMTP conversation failed ({e.GetType().Name}).",
    };
}
