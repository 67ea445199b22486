using Blackspace.Email;
using Blackspace.Email.Sending;
using Blackspace.ServiceDefaults.Configuration;

namespace Blackspace.Tests.Email;

public sealed class EmailOptionsTests
{
    private readonly EnvironmentVariableOptionsValidator<EmailOptions> _validator = new(EmailOptions.Section);

    [Fact]
    public void Default_retry_delays_give_six_attempts()
    {
        var options = Valid();

        var policy = new DeliveryRetryPolicy(options.ParseRetryDelays());

        Assert.Equal(6, policy.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), policy.Delays[0]);
        Assert.False(policy.IsFinal(5));
        Assert.True(policy.IsFinal(6));
    }

    [Fact]
    public void Retry_delays_are_read_from_a_comma_separated_list()
    {
        var options = Valid();
        options.RetryDelays = " 00:00:01, 00:01:00 ";

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)], options.ParseRetryDelays());
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("07:00:00")]
    [InlineData("1,1,1,1,1,1,1,1,1,1,1")]
    public void Unusable_retry_delays_name_their_variable(string delays)
    {
        var options = Valid();
        options.RetryDelays = delays;

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, failure => failure.Contains("Email__RetryDelays", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    public void Sender_address_must_be_an_email_address(string from)
    {
        var options = Valid();
        options.From = from;

        var result = _validator.Validate(null, options);

        Assert.Contains(result.Failures!, failure => failure.Contains("Email__From", StringComparison.Ordinal));
    }

    [Fact]
    public void Smtp_timeout_is_bounded()
    {
        var options = Valid();
        options.SmtpTimeout = TimeSpan.FromMinutes(30);

        var result = _validator.Validate(null, options);

        Assert.Contains(result.Failures!, failure => failure.Contains("Email__SmtpTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Retry_policy_needs_at_least_one_delay()
    {
        Assert.Throws<ArgumentException>(() => new DeliveryRetryPolicy([]));
    }

    private static EmailOptions Valid() => new() { From = "noreply@blackspace.test" };
}
