namespace Blackspace.Auth.Accounts;

/// <summary>The roles an account can hold, spelled as they appear in tokens.</summary>
public static class Roles
{
    public const string Administrator = "administrator";
}
