namespace Blackspace.Gateway;

/// <summary>
/// Marks the Gateway assembly for <c>WebApplicationFactory&lt;T&gt;</c>; every service has its own global
/// <c>Program</c>, so tests need a type that names this one.
/// </summary>
public abstract class GatewayApi;
