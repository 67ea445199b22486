namespace Blackspace.Email.Rendering;

/// <summary>One email ready to send: its subject and both bodies.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);
