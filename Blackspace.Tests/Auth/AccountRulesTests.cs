using Blackspace.Auth.Accounts;
using Blackspace.Auth.Configuration;
using Blackspace.Auth.Emails;
using Blackspace.Auth.SignUp;
using Microsoft.Extensions.Options;

namespace Blackspace.Tests.Auth;

public sealed class AccountRulesTests
{
    [Theory]
    [InlineData("person@example.test", true)]
    [InlineData("first.last+tag@sub.example.test", true)]
    [InlineData("Person <person@example.test>", false)]
    [InlineData(" person@example.test", false)]
    [InlineData("person", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_bare_addresses_are_accepted(string? value, bool valid)
    {
        Assert.Equal(valid, EmailAddress.IsValid(value));
    }

    [Fact]
    public void Address_longer_than_the_column_is_refused()
    {
        Assert.False(EmailAddress.IsValid(new string('a', 250) + "@example.test"));
    }

    [Theory]
    [InlineData("password", 0)]
    [InlineData("violet-harbor-candle-87-quietly", 4)]
    public void Password_score_follows_zxcvbn(string password, int score)
    {
        Assert.Equal(score, PasswordStrength.Score(password, null));
    }

    [Fact]
    public void The_persons_own_address_counts_as_a_guessable_word()
    {
        const string email = "wilhelmina.oberhuber@example.test";

        var knowingTheAddress = PasswordStrength.Score("wilhelminaoberhuber", email);
        var notKnowingIt = PasswordStrength.Score("wilhelminaoberhuber", null);

        Assert.True(knowingTheAddress < notKnowingIt);
    }

    [Theory]
    [InlineData("https://app.example.test")]
    [InlineData("https://app.example.test/")]
    public void Links_carry_the_token_in_the_fragment_of_a_front_end_route(string baseUrl)
    {
        var links = new EmailLinks(Options.Create(new AuthOptions { PublicBaseUrl = new Uri(baseUrl) }));

        Assert.Equal("https://app.example.test/sign-up#token=abc-_1", links.SignUp("abc-_1"));
        Assert.Equal("https://app.example.test/confirm-email#token=abc", links.ConfirmEmail("abc"));
    }
}
