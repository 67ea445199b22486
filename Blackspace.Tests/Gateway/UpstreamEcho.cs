namespace Blackspace.Tests.Gateway;

/// <summary>What an <see cref="UpstreamServer"/> saw of a request, sent back as its response body.</summary>
public sealed record UpstreamEcho(
    string Service,
    string Method,
    string Path,
    string Query,
    string Body,
    Dictionary<string, string> Headers);
