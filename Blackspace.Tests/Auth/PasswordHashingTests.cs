using System.Net;
using Blackspace.Auth.Accounts;
using Blackspace.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Blackspace.Tests.Auth;

/// <summary>When the token endpoint spends hashing work, seen through a counting hasher rather than timing.</summary>
[Collection(ServersCollection.Name)]
public sealed class PasswordHashingTests(ServersFixture servers) : IAsyncLifetime
{
    private readonly PasswordHashCount _count = new();
    private AuthServiceFactory _service = null!;

    public async Task InitializeAsync() =>
        _service = await AuthServiceFactory.StartAsync(servers, services: services =>
        {
            services.AddSingleton(_count);
            services.AddScoped<IPasswordHasher<Account>, CountingPasswordHasher>();
        });

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Password_for_an_unknown_address_is_hashed_like_a_wrong_one()
    {
        var before = _count.Verifications;

        using var response = await _service.RequestPasswordTokenAsync(
            AuthServiceFactory.NewAddress(), "some-plausible-guess-42");

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "credentials.invalid");
        Assert.Equal(before + 1, _count.Verifications);
    }

    [Fact]
    public async Task Wrong_password_for_a_real_account_is_hashed_once()
    {
        var before = _count.Verifications;

        using var response = await _service.RequestPasswordTokenAsync(
            AuthServiceFactory.AdminEmail, "some-plausible-guess-42");

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "credentials.invalid");
        Assert.Equal(before + 1, _count.Verifications);
    }

    [Fact]
    public async Task Password_longer_than_128_characters_is_refused_without_hashing()
    {
        var before = _count.Verifications;

        using var response = await _service.RequestPasswordTokenAsync(
            AuthServiceFactory.AdminEmail, new string('x', 10_000));

        await ProblemResponse.AssertAsync(response, HttpStatusCode.BadRequest, "credentials.invalid");
        Assert.Equal(before, _count.Verifications);
    }
}
