using Blackspace.ServiceDefaults.Problems;

namespace Blackspace.Auth.SignUp;

public static class SignUpErrors
{
    public static readonly ApiError WeakPassword =
        new(StatusCodes.Status400BadRequest, "password.weak", "The password is too weak.");
}
