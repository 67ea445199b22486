using System.ComponentModel.DataAnnotations;

namespace Blackspace.Auth.Configuration;

/// <summary>The Auth service's settings, bound from the <c>Auth</c> section (<c>Auth__*</c> variables).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The issuer of every token: the public Gateway URL that clients call.</summary>
    [Required]
    public Uri? Issuer { get; set; }

    /// <summary>The front end's base URL; email links point at its routes.</summary>
    [Required]
    public Uri? PublicBaseUrl { get; set; }

    [Required]
    public AdminOptions Admin { get; set; } = new();

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan EmailConfirmationLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>PBKDF2 iterations of the password hash; tests lower it to keep many sign-ups fast.</summary>
    [Range(1_000, 10_000_000)]
    public int PasswordHashIterations { get; set; } = 100_000;

    /// <summary>The lowest zxcvbn score (0-4) a new password must reach.</summary>
    [Range(0, 4)]
    public int MinimumPasswordScore { get; set; } = 3;

    [Range(1, 100)]
    public int MaxFailedSignInAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
