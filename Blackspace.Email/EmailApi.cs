namespace Blackspace.Email;

/// <summary>
/// Marks the Email service's assembly, so tests can host it with <c>WebApplicationFactory&lt;EmailApi&gt;</c>
/// (every service has its own global <c>Program</c>).
/// </summary>
public abstract class EmailApi;
