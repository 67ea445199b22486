namespace Blackspace.Auth.Accounts;

public sealed record MeResponse(Guid Id, string Email, IReadOnlyList<string> Roles);
