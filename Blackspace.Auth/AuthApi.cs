namespace Blackspace.Auth;

/// <summary>
/// Names the Auth service's assembly for <c>WebApplicationFactory&lt;T&gt;</c>: every service has its own global
/// <c>Program</c>, so tests need a type that belongs to this one alone.
/// </summary>
public sealed class AuthApi;
