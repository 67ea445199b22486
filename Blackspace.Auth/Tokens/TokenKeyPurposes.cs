namespace Blackspace.Auth.Tokens;

public static class TokenKeyPurposes
{
    public const string Signing = "signing";

    public const string Encryption = "encryption";
}
