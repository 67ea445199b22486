using Blackspace.Auth.Invitations;

namespace Blackspace.Tests.Auth;

public sealed class InvitationRulesTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Expiry_defaults_to_the_configured_lifetime()
    {
        Assert.Equal(s_now.AddDays(7), InvitationRules.ResolveExpiry(null, s_now, TimeSpan.FromDays(7)));
    }

    [Fact]
    public void Requested_expiry_in_the_future_is_kept()
    {
        var requested = s_now.AddHours(5);

        Assert.Equal(requested, InvitationRules.ResolveExpiry(requested, s_now, TimeSpan.FromDays(7)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Expiry_now_or_in_the_past_is_invalid(int minutes)
    {
        Assert.Null(InvitationRules.ResolveExpiry(s_now.AddMinutes(minutes), s_now, TimeSpan.FromDays(7)));
    }

    [Fact]
    public void Expiry_beyond_the_maximum_lifetime_is_invalid()
    {
        var tooLate = s_now + InvitationRules.MaximumLifetime + TimeSpan.FromSeconds(1);

        Assert.Null(InvitationRules.ResolveExpiry(tooLate, s_now, TimeSpan.FromDays(7)));
        var latest = s_now + InvitationRules.MaximumLifetime;
        Assert.Equal(latest, InvitationRules.ResolveExpiry(latest, s_now, TimeSpan.FromDays(7)));
    }

    [Fact]
    public void Fresh_invitation_is_valid_until_its_expiry()
    {
        var invitation = NewInvitation();

        Assert.Equal(InvitationStatus.Valid, invitation.StatusAt(s_now));
        Assert.Equal(InvitationStatus.Valid, invitation.StatusAt(invitation.ExpiresAt.AddTicks(-1)));
        Assert.Equal(InvitationStatus.Expired, invitation.StatusAt(invitation.ExpiresAt));
    }

    [Fact]
    public void Revocation_outranks_use_and_expiry()
    {
        var invitation = NewInvitation();
        invitation.RevokedAt = s_now;
        invitation.MarkUsed(Guid.NewGuid(), s_now);

        Assert.Equal(InvitationStatus.Revoked, invitation.StatusAt(invitation.ExpiresAt.AddDays(1)));
    }

    [Fact]
    public void Use_outranks_expiry()
    {
        var invitation = NewInvitation();
        var accountId = Guid.NewGuid();

        invitation.MarkUsed(accountId, s_now);

        Assert.Equal(InvitationStatus.Used, invitation.StatusAt(invitation.ExpiresAt.AddDays(1)));
        Assert.Equal(accountId, invitation.AccountId);
        Assert.Equal(s_now, invitation.UsedAt);
    }

    [Fact]
    public void Sign_up_with_a_valid_invitation_for_the_same_address_is_allowed()
    {
        Assert.Null(InvitationRules.CheckSignUp(NewInvitation(), "PERSON@EXAMPLE.TEST", s_now));
    }

    [Fact]
    public void Sign_up_with_another_address_is_refused()
    {
        var error = InvitationRules.CheckSignUp(NewInvitation(), "OTHER@EXAMPLE.TEST", s_now);

        Assert.Equal(InvitationErrors.EmailMismatch, error);
    }

    [Fact]
    public void Used_invitation_reads_as_used_even_for_another_address()
    {
        var invitation = NewInvitation();
        invitation.MarkUsed(Guid.NewGuid(), s_now);

        Assert.Equal(InvitationErrors.Used, InvitationRules.CheckSignUp(invitation, "OTHER@EXAMPLE.TEST", s_now));
    }

    [Fact]
    public void Each_state_has_its_own_sign_up_error()
    {
        Assert.Null(InvitationErrors.ForSignUp(InvitationStatus.Valid));
        Assert.Equal("invitation.expired", InvitationErrors.ForSignUp(InvitationStatus.Expired)!.Code);
        Assert.Equal("invitation.revoked", InvitationErrors.ForSignUp(InvitationStatus.Revoked)!.Code);
        Assert.Equal("invitation.used", InvitationErrors.ForSignUp(InvitationStatus.Used)!.Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => InvitationErrors.ForSignUp((InvitationStatus)42));
    }

    private static Invitation NewInvitation() => new()
    {
        Id = Guid.NewGuid(),
        Email = "person@example.test",
        NormalizedEmail = "PERSON@EXAMPLE.TEST",
        TokenHash = new byte[32],
        CreatedAt = s_now,
        ExpiresAt = s_now.AddDays(7),
    };
}
