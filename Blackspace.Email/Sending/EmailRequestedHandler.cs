using Blackspace.Contracts.Email;
using Blackspace.Email.Deliveries;
using Blackspace.Email.Rendering;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Blackspace.Email.Sending;

/// <summary>
/// Handles one email request from the durable inbox: records it, claims it, renders and sends it, and records
/// the outcome. A request already sent or given up is skipped, so redeliveries and duplicates send nothing.
/// </summary>
public sealed class EmailRequestedHandler(
    DeliveryStore deliveries,
    EmailRenderer renderer,
    SmtpEmailSender sender,
    DeliveryRetryPolicy retryPolicy,
    IOptions<EmailOptions> options,
    ILogger<EmailRequestedHandler> logger)
{
    public async Task Handle(EmailRequested request, Envelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(envelope);

        // The claim outlives one SMTP conversation, so a slow attempt is never overtaken by a duplicate.
        var lease = options.Value.SmtpTimeout * 2;
        var claim = await deliveries.ClaimAsync(request, lease, ct);
        switch (claim)
        {
            case DeliveryClaim.AlreadySent:
                EmailLog.Skipped(logger, request.RequestId, "sent");
                return;
            case DeliveryClaim.AlreadyFailed:
                EmailLog.Skipped(logger, request.RequestId, "given up");
                return;
            case DeliveryClaim.InProgress:
                EmailLog.InProgress(logger, request.RequestId);
                throw new DeliveryInProgressException(request.RequestId);
        }

        try
        {
            var email = await renderer.RenderAsync(request.Template, request.Values);
            await sender.SendAsync(request.RequestId, request.To, email, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Releasing the claim lets the next attempt start at once instead of waiting for the claim to lapse.
            var error = e is DeliveryFailedException or MailboxUnavailableException
                ? e.Message
                : $"Unexpected {e.GetType().Name}.";
            var final = e is DeliveryFailedException || retryPolicy.IsFinal(envelope.Attempts);
            await deliveries.RecordFailureAsync(request.RequestId, error, final, CancellationToken.None);
            if (final)
            {
                EmailLog.GaveUp(logger, request.RequestId, request.Template, error);
            }
            else
            {
                EmailLog.AttemptFailed(logger, request.RequestId, envelope.Attempts, retryPolicy.MaxAttempts, error);
            }

            throw;
        }

        // Sent is sent: record it even if the service is stopping.
        await deliveries.MarkSentAsync(request.RequestId, CancellationToken.None);
        EmailLog.Sent(logger, request.RequestId, request.Template, envelope.Attempts);
    }
}
