using System.Net;

namespace Blackspace.Email.Sending;

/// <summary>
/// The SMTP server named by the connection string <c>mailbox</c>: <c>smtp://host:port</c>, or <c>smtps://</c> for
/// TLS from the first byte; credentials may ride in the user-info part.
/// </summary>
public sealed class SmtpMailbox
{
    public const string ConnectionName = "mailbox";

    private SmtpMailbox(string host, int port, bool useTls, NetworkCredential? credentials)
    {
        Host = host;
        Port = port;
        UseTls = useTls;
        Credentials = credentials;
    }

    public string Host { get; }

    public int Port { get; }

    public bool UseTls { get; }

    public NetworkCredential? Credentials { get; }

    /// <summary>Reads and checks <c>ConnectionStrings:mailbox</c>.</summary>
    /// <exception cref="InvalidOperationException">It is missing or not an smtp(s) URI.</exception>
    public static SmtpMailbox FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var value = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The SMTP connection string is missing: set the environment variable "
                + $"ConnectionStrings__{ConnectionName} to a URI such as smtp://127.0.0.1:2525.");
        }

        // The value may carry a password, so errors name the variable and never repeat the value.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != "smtp" && uri.Scheme != "smtps")
            || string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidOperationException(
                $"The environment variable ConnectionStrings__{ConnectionName} is not an SMTP URI: "
                + "expected smtp://host:port or smtps://host:port.");
        }

        var useTls = uri.Scheme == "smtps";
        var port = uri.IsDefaultPort || uri.Port < 0 ? (useTls ? 465 : 25) : uri.Port;
        return new SmtpMailbox(uri.Host, port, useTls, ReadCredentials(uri));
    }

    public override string ToString() => $"{(UseTls ? "smtps" : "smtp")}://{Host}:{Port}";

    private static NetworkCredential? ReadCredentials(Uri uri)
    {
        if (string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        var separator = uri.UserInfo.IndexOf(':');
        var user = separator < 0 ? uri.UserInfo : uri.UserInfo[..separator];
        var password = separator < 0 ? string.Empty : uri.UserInfo[(separator + 1)..];
        return new NetworkCredential(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password));
    }
}
