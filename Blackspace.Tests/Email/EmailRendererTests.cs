using Blackspace.Contracts.Email;
using Blackspace.Email.Rendering;
using Blackspace.Email.Sending;

namespace Blackspace.Tests.Email;

public sealed class EmailRendererTests
{
    private const string SignUpLink = "https://blackspace.test/sign-up#token=abc-123";
    private const string ConfirmLink = "https://blackspace.test/confirm-email#token=xyz-789";

    private readonly EmailRenderer _renderer = new();

    [Fact]
    public void Every_template_of_the_contract_can_be_rendered()
    {
        Assert.Contains(EmailTemplates.Invitation, _renderer.TemplateNames);
        Assert.Contains(EmailTemplates.EmailConfirmation, _renderer.TemplateNames);
    }

    [Fact]
    public async Task Invitation_has_its_subject_link_and_expiry_in_both_bodies()
    {
        var email = await _renderer.RenderAsync(
            EmailTemplates.Invitation,
            Values(("link", SignUpLink), ("expiresAt", "2030-01-02T03:04:05+00:00")));

        Assert.Equal("You are invited to Blackspace", email.Subject);
        Assert.Contains(SignUpLink, email.Text, StringComparison.Ordinal);
        Assert.Contains("2030-01-02 at 03:04 UTC", email.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{SignUpLink}\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("2030-01-02 at 03:04 UTC", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expiry_given_with_another_offset_is_shown_in_utc()
    {
        var email = await _renderer.RenderAsync(
            EmailTemplates.Invitation,
            Values(("link", SignUpLink), ("expiresAt", "2030-01-02T05:04:05+02:00")));

        Assert.Contains("2030-01-02 at 03:04 UTC", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_confirmation_has_its_subject_and_link_in_both_bodies()
    {
        var email = await _renderer.RenderAsync(EmailTemplates.EmailConfirmation, Values(("link", ConfirmLink)));

        Assert.Equal("Confirm your email address for Blackspace", email.Subject);
        Assert.Contains(ConfirmLink, email.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ConfirmLink}\"", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_bodies_share_the_layout()
    {
        var email = await _renderer.RenderAsync(EmailTemplates.EmailConfirmation, Values(("link", ConfirmLink)));

        Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
        Assert.Contains(
            "<title>Confirm your email address for Blackspace</title>", email.Html, StringComparison.Ordinal);
        Assert.StartsWith("Blackspace\n==========", email.Text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("If you did not expect this email", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_body_escapes_values_and_the_text_body_keeps_them_as_written()
    {
        const string link = "https://blackspace.test/confirm-email#token=<b>&\"x\"";

        var email = await _renderer.RenderAsync(EmailTemplates.EmailConfirmation, Values(("link", link)));

        Assert.DoesNotContain("<b>", email.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;&quot;x&quot;", email.Html, StringComparison.Ordinal);
        Assert.Contains(link, email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_template_cannot_be_delivered()
    {
        var error = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => _renderer.RenderAsync("password-reset-v9", Values(("link", ConfirmLink))));

        Assert.Contains("password-reset-v9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_value_cannot_be_delivered_and_is_named()
    {
        var error = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => _renderer.RenderAsync(EmailTemplates.Invitation, Values(("link", SignUpLink))));

        Assert.Contains("expiresAt", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/sign-up#token=relative")]
    [InlineData("ftp://blackspace.test/file")]
    public async Task Link_that_is_not_an_absolute_web_address_cannot_be_delivered(string link)
    {
        var error = await Assert.ThrowsAsync<DeliveryFailedException>(
            () => _renderer.RenderAsync(EmailTemplates.EmailConfirmation, Values(("link", link))));

        Assert.DoesNotContain(link, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expiry_that_is_not_a_date_cannot_be_delivered()
    {
        var error = await Assert.ThrowsAsync<DeliveryFailedException>(() => _renderer.RenderAsync(
            EmailTemplates.Invitation, Values(("link", SignUpLink), ("expiresAt", "next week"))));

        Assert.Contains("expiresAt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subject_is_one_line()
    {
        var email = await _renderer.RenderAsync(EmailTemplates.EmailConfirmation, Values(("link", ConfirmLink)));

        Assert.DoesNotContain('\n', email.Subject);
        Assert.DoesNotContain('\r', email.Subject);
    }

    [Fact]
    public void Templates_without_the_shared_layout_are_refused_at_start()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new EmailRenderer(typeof(EmailRendererTests).Assembly));

        Assert.Contains("_layout", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(value => value.Name, value => value.Value);
}
