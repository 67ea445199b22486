using System.ComponentModel.DataAnnotations;

namespace Blackspace.Auth.Configuration;

/// <summary>The first administrator, created at start when no administrator exists.</summary>
public sealed class AdminOptions
{
    [Required]
    [EmailAddress]
    public string? Email { get; set; }

    [Required]
    [MinLength(12)]
    public string? Password { get; set; }
}
