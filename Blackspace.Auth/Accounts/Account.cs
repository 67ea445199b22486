using Microsoft.AspNetCore.Identity;

namespace Blackspace.Auth.Accounts;

/// <summary>A person's account. The user name is always the email address.</summary>
public sealed class Account : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }
}
