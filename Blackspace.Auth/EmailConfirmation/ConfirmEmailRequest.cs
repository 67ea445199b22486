namespace Blackspace.Auth.EmailConfirmation;

/// <param name="Token">The token from the confirmation email's link.</param>
public sealed record ConfirmEmailRequest(string? Token);
