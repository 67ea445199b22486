namespace Blackspace.AppHost.Infrastructure;

/// <summary>
/// Decides the infrastructure mode before the application model is built: with container resources and no
/// container runtime, Aspire would wait forever for containers that never start.
/// </summary>
public static class InfrastructureModeSelector
{
    /// <summary>The configuration key (environment variable <c>Infrastructure__Mode</c>).</summary>
    public const string ConfigurationKey = "Infrastructure:Mode";

    /// <summary>
    /// Resolves the configured mode to <see cref="InfrastructureMode.Containers"/> or
    /// <see cref="InfrastructureMode.Local"/>; the probe is asked only when the mode is <c>auto</c> or unset.
    /// </summary>
    /// <param name="configuredMode">The configured value: <c>auto</c>, <c>containers</c> or <c>local</c>.</param>
    /// <param name="containerRuntimeAnswers">Tells whether a container runtime answers.</param>
    /// <exception cref="InvalidOperationException">The configured value is not a known mode.</exception>
    public static InfrastructureMode Select(string? configuredMode, Func<bool> containerRuntimeAnswers)
    {
        ArgumentNullException.ThrowIfNull(containerRuntimeAnswers);

        var mode = Parse(configuredMode);
        if (mode != InfrastructureMode.Auto)
        {
            return mode;
        }

        return containerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local;
    }

    private static InfrastructureMode Parse(string? configuredMode)
    {
        if (string.IsNullOrWhiteSpace(configuredMode))
        {
            return InfrastructureMode.Auto;
        }

        // Enum.TryParse alone would also accept numbers such as "2".
        if (!configuredMode.Trim().All(char.IsAsciiLetter)
            || !Enum.TryParse<InfrastructureMode>(configuredMode.Trim(), ignoreCase: true, out var mode))
        {
            throw new InvalidOperationException(
                $"Infrastructure__Mode is '{configuredMode}'; expected 'auto', 'containers' or 'local'.");
        }

        return mode;
    }
}
