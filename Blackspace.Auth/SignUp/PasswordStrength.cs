using Blackspace.Auth.Accounts;
using Blackspace.Auth.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Blackspace.Auth.SignUp;

/// <summary>
/// Judges a new password by Identity's rules and by zxcvbn's estimate of how guessable it is, counting the
/// person's own address as a known word.
/// </summary>
public sealed class PasswordStrength(UserManager<Account> users, IOptions<AuthOptions> options)
{
    /// <summary>Longer passwords are refused unjudged: zxcvbn's and hashing's cost grows with the length.</summary>
    public const int MaximumLength = 128;

    public static string TooLongReason { get; } = $"The password is longer than {MaximumLength} characters.";

    public static bool IsTooLong(string password) => password.Length > MaximumLength;

    /// <summary>Reasons the password is refused, empty when it is strong enough; never contains the password.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(Account account, string password)
    {
        if (IsTooLong(password))
        {
            return [TooLongReason];
        }

        var reasons = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            reasons.AddRange(result.Errors.Select(e => e.Description));
        }

        var score = Score(password, account.Email);
        if (score < options.Value.MinimumPasswordScore)
        {
            reasons.Add($"The password is too easy to guess (strength {score} of 4, at least "
                + $"{options.Value.MinimumPasswordScore} needed).");
        }

        return reasons;
    }

    public static int Score(string password, string? email)
    {
        var knownWords = string.IsNullOrEmpty(email) ? [] : email.Split('@', '.', '-', '_', '+').Append(email);
        return Zxcvbn.Zxcvbn.MatchPassword(password, knownWords).Score;
    }
}
