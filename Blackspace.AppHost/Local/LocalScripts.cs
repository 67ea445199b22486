namespace Blackspace.AppHost.Local;

/// <summary>Where the foreground launch scripts shared with the test harness live.</summary>
internal static class LocalScripts
{
    /// <summary>Scripts run through bash, so that they need no execute bit.</summary>
    public const string Shell = "bash";

    public static string RepositoryRoot(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));

    public static string PathOf(IDistributedApplicationBuilder builder, string script) =>
        Path.Combine(RepositoryRoot(builder), "scripts", "local", script);
}
