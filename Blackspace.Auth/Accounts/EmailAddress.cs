using System.Net.Mail;

namespace Blackspace.Auth.Accounts;

public static class EmailAddress
{
    public const int MaximumLength = 256;

    /// <summary>
    /// Accepts a bare address (no display name, no surrounding spaces), the only form we store and mail to.
    /// </summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= MaximumLength
        && MailAddress.TryCreate(value, out var parsed)
        && string.Equals(parsed.Address, value, StringComparison.Ordinal);
}
