using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Blackspace.Tests.AppHost;

/// <summary>
/// The AppHost's application model in one infrastructure mode, built but never started: no server, container or
/// service runs.
/// </summary>
internal sealed class AppHostModel : IAsyncDisposable
{
    private readonly IDistributedApplicationTestingBuilder _builder;

    private AppHostModel(IDistributedApplicationTestingBuilder builder, string dataRoot)
    {
        _builder = builder;
        DataRoot = dataRoot;
    }

    public string DataRoot { get; }

    public static async Task<AppHostModel> BuildAsync(string mode)
    {
        var dataRoot = Path.Combine(Path.GetTempPath(), "blackspace-model-tests", Guid.NewGuid().ToString("N"));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Blackspace_AppHost>(
            [$"--Infrastructure:Mode={mode}", $"--Infrastructure:DataRoot={dataRoot}"],
            (options, _) => options.DisableDashboard = true);
        return new AppHostModel(builder, dataRoot);
    }

    public IResource Resource(string name) => _builder.Resources.Single(resource => resource.Name == name);

    public T Resource<T>(string name)
        where T : IResource => Assert.IsType<T>(Resource(name), exactMatch: false);

    /// <summary>The resource's environment as the manifest would show it: references stay expressions.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> EnvironmentOfAsync(IResource resource)
    {
        var builder = ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig();
        var configuration = await ResolveAsync(builder);
        return configuration.EnvironmentVariables.ToDictionary();
    }

    /// <summary>The resource's command line arguments as the manifest would show them.</summary>
    public static async Task<IReadOnlyList<string>> ArgumentsOfAsync(IResource resource)
    {
        var configuration = await ResolveAsync(ExecutionConfigurationBuilder.Create(resource).WithArgumentsConfig());
        return [.. configuration.Arguments.Select(argument => argument.Item1)];
    }

    private static Task<IExecutionConfigurationResult> ResolveAsync(IExecutionConfigurationBuilder builder) =>
        builder.BuildAsync(
            new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish),
            NullLogger.Instance,
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _builder.DisposeAsync();
        if (Directory.Exists(DataRoot))
        {
            Directory.Delete(DataRoot, recursive: true);
        }
    }
}
