using Blackspace.Contracts.Email;
using Blackspace.Tests.Infrastructure;

namespace Blackspace.Tests.Auth;

/// <summary>
/// One Auth service (and database) for all tests of a class: xunit's class fixtures cannot receive the servers
/// fixture, so the first test starts the service and the class's end disposes it.
/// </summary>
public sealed class AuthServiceFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_mailTimeout = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuthServiceFactory? _service;

    public AuthServiceFactory Service => _service ?? throw new InvalidOperationException("Call StartAsync first.");

    public EmailRequestQueue Emails { get; private set; } = null!;

    public async Task<AuthServiceFactory> StartAsync(ServersFixture servers)
    {
        await _gate.WaitAsync();
        try
        {
            if (_service is null)
            {
                _service = await AuthServiceFactory.StartAsync(servers);
                Emails = new EmailRequestQueue(servers.RabbitMq.ConnectionString);
            }

            return _service;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Invites <paramref name="email"/> and returns the invitation id and the token from its email.</summary>
    public async Task<(Guid Id, string Token)> InviteAsync(string email, DateTimeOffset? expiresAt = null)
    {
        var id = await Service.InviteAsync(email, expiresAt);
        var request = await Emails.WaitForAsync(email, EmailTemplates.Invitation, s_mailTimeout);
        return (id, EmailRequestQueue.TokenFrom(request));
    }

    public async Task<string> ConfirmationTokenAsync(string email) =>
        EmailRequestQueue.TokenFrom(await Emails.WaitForAsync(email, EmailTemplates.EmailConfirmation, s_mailTimeout));

    /// <summary>Invites, signs up and confirms a new person; returns the address.</summary>
    public async Task<string> CreateConfirmedAccountAsync()
    {
        var email = AuthServiceFactory.NewAddress();
        var (_, token) = await InviteAsync(email);
        using var signUp = await Service.SignUpAsync(token, email, AuthServiceFactory.StrongPassword);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, signUp.StatusCode);
        using var confirm = await Service.ConfirmAsync(await ConfirmationTokenAsync(email));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, confirm.StatusCode);
        return email;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();

            // Requests nobody read would otherwise reach the next Email service started on the shared broker.
            await Emails.PurgeAsync();
        }

        _gate.Dispose();
    }
}
