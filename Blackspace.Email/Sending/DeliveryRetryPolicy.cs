using Wolverine;
using Wolverine.ErrorHandling;

namespace Blackspace.Email.Sending;

/// <summary>
/// The one retry layer for email delivery: Wolverine schedules another attempt after each configured wait (plus up
/// to a quarter of it at random), then dead-letters the request. Nothing below it (MailKit, Polly) retries.
/// </summary>
public sealed class DeliveryRetryPolicy
{
    private const double JitterFraction = 0.25;

    public DeliveryRetryPolicy(IReadOnlyList<TimeSpan> delays)
    {
        ArgumentNullException.ThrowIfNull(delays);
        if (delays.Count == 0)
        {
            throw new ArgumentException("At least one retry delay is needed.", nameof(delays));
        }

        Delays = delays;
    }

    public IReadOnlyList<TimeSpan> Delays { get; }

    /// <summary>The first attempt plus one per delay.</summary>
    public int MaxAttempts => Delays.Count + 1;

    /// <summary>Whether attempt number <paramref name="attempt"/> (counted from 1) is the last one.</summary>
    public bool IsFinal(int attempt) => attempt >= MaxAttempts;

    public void ApplyTo(WolverineOptions opts)
    {
        ArgumentNullException.ThrowIfNull(opts);

        // Retrying a request that can never be delivered only delays the dead letter.
        opts.OnException<DeliveryFailedException>().MoveToErrorQueue();
        // The jitter spreads the retries of requests that failed together, so they do not return together.
        opts.Policies.OnAnyException()
            .ScheduleRetry([.. Delays])
            .WithBoundedJitter(JitterFraction)
            .Then.MoveToErrorQueue();
    }
}
