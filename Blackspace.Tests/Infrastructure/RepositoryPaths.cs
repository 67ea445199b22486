namespace Blackspace.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Script(string name) => Path.Combine(Root, "scripts", "local", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Blackspace.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Blackspace.sln above {AppContext.BaseDirectory}.");
    }
}
