namespace Blackspace.Contracts.Email;

/// <summary>
/// The templates the Email service renders, with the values each one reads.
/// </summary>
public static class EmailTemplates
{
    /// <summary>An invitation to sign up. Values: <c>link</c>, <c>expiresAt</c> (ISO 8601).</summary>
    public const string Invitation = "invitation";

    /// <summary>A request to confirm an email address. Values: <c>link</c>.</summary>
    public const string EmailConfirmation = "email-confirmation";
}
