namespace Blackspace.Contracts.Email;

/// <summary>
/// A request to send one email, published by a service that changed an account and consumed by the Email service.
/// </summary>
/// <param name="RequestId">Unique per request; the Email service sends each request id at most once.</param>
/// <param name="Template">The template to render, one of <see cref="EmailTemplates"/>.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Values">The template's values. They may hold links with tokens: never log them.</param>
/// <param name="RequestedAt">When the requesting service accepted the change that asked for this email.</param>
public sealed record EmailRequested(
    Guid RequestId,
    string Template,
    string To,
    IReadOnlyDictionary<string, string> Values,
    DateTimeOffset RequestedAt);
