namespace Blackspace.Auth.Tokens;

public static class AuthPolicies
{
    public const string Administrator = "administrator";
}
