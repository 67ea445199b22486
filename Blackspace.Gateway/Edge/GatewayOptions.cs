using System.ComponentModel.DataAnnotations;

namespace Blackspace.Gateway.Edge;

/// <summary>Edge policy settings, bound from the "Gateway" section (environment: <c>Gateway__*</c>).</summary>
internal sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Largest request body, in bytes, the gateway accepts for any route.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;
}
