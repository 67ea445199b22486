using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Blackspace.Email;

/// <summary>
/// The Email service's settings, bound from the <c>Email</c> section (environment variables <c>Email__*</c>).
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    private static readonly TimeSpan s_longestDelay = TimeSpan.FromHours(6);

    /// <summary>The sender address of every email (<c>Email__From</c>).</summary>
    [Required]
    [EmailAddress]
    public string From { get; set; } = string.Empty;

    /// <summary>The sender's display name (<c>Email__FromName</c>).</summary>
    [Required]
    [MaxLength(100)]
    public string FromName { get; set; } = "Blackspace";

    /// <summary>How long one SMTP conversation (connect, send, quit) may take (<c>Email__SmtpTimeout</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The waits between attempts to send one request, comma separated (<c>Email__RetryDelays</c>); each grows by
    /// up to a quarter at random. After the last one the request is recorded as failed and dead-lettered.
    /// </summary>
    [Required]
    public string RetryDelays { get; set; } = "00:00:05,00:00:30,00:02:00,00:10:00,00:30:00";

    /// <summary>The parsed <see cref="RetryDelays"/>; valid once the options passed validation.</summary>
    public TimeSpan[] ParseRetryDelays() =>
        RetryDelays.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(delay => TimeSpan.Parse(delay, CultureInfo.InvariantCulture))
            .ToArray();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var delays = RetryDelays.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var valid = delays.Length is > 0 and <= 10 && delays.All(delay =>
            TimeSpan.TryParse(delay, CultureInfo.InvariantCulture, out var value)
            && value > TimeSpan.Zero
            && value <= s_longestDelay);
        if (!valid)
        {
            yield return new ValidationResult(
                "must list 1 to 10 positive waits of at most 6 hours, such as 00:00:05,00:00:30,00:02:00.",
                [nameof(RetryDelays)]);
        }
    }
}
