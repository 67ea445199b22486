using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.SignUp;

public static class SignUpErrors
{
    public static readonly ApiError WeakPassword =
        new(StatusCodes.Status400BadRequest, "password.weak", "The password is too weak.");

    public static readonly ApiError PasswordTooLong =
        new(StatusCodes.Status400BadRequest, "password.too-long", "The password is too long.");
}
