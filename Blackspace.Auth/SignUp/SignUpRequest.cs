namespace Blackspace.Auth.SignUp;

/// <param name="InvitationToken">The token from the invitation email's link.</param>
/// <param name="Email">The invited address; it must be the one the invitation was sent to.</param>
/// <param name="Password">The new account's password.</param>
public sealed record SignUpRequest(string? InvitationToken, string? Email, string? Password);
