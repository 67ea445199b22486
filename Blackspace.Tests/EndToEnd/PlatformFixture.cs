using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Blackspace.Tests.Infrastructure;

namespace Blackspace.Tests.EndToEnd;

/// <summary>
/// The whole platform, started from the AppHost exactly as a developer runs it (infrastructure mode chosen by the
/// AppHost itself: local servers on our machines). Tests reach it only through the Gateway and read mail from the
/// mailbox the AppHost started. Shared by the end-to-end tests that change nothing another test depends on.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@blackspace.local";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(4);

    private DistributedApplication? _app;
    private HttpClient? _mailboxHttp;

    /// <summary>The administrator's password, supplied as the AppHost's parameter so the test can sign in.</summary>
    public string AdminPassword { get; } = "Adm1n-" + Secrets.New();

    public HttpClient Gateway { get; private set; } = null!;

    public MailboxClient Mailbox { get; private set; } = null!;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The platform is not started.");

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(s_startTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Blackspace_AppHost>(
            [],
            (options, _) => options.DisableDashboard = true,
            cts.Token);
        builder.Configuration["Parameters:admin-password"] = AdminPassword;
        builder.Configuration["Parameters:admin-email"] = AdminEmail;

        _app = await builder.BuildAsync(cts.Token);
        await _app.StartAsync(cts.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", cts.Token);

        Gateway = _app.CreateHttpClient("gateway", "http");
        _mailboxHttp = new HttpClient { BaseAddress = _app.GetEndpoint("mailbox", "http") };
        Mailbox = new MailboxClient(_mailboxHttp);
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        _mailboxHttp?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
