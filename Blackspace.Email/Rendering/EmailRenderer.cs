using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using Blackspace.Email.Sending;
using Fluid;

namespace Blackspace.Email.Rendering;

/// <summary>
/// Renders the Liquid templates embedded under <c>Templates/</c>: each template has a subject, an HTML body and a
/// plain-text body, and both bodies are wrapped in the shared layout (<c>_layout.html</c>, <c>_layout.text</c>).
/// </summary>
public sealed class EmailRenderer
{
    private const string ResourcePrefix = "Templates/";
    private const string ResourceSuffix = ".liquid";
    private const string Layout = "_layout";
    private const string Subject = "subject";
    private const string Html = "html";
    private const string Text = "text";

    private static readonly FluidParser s_parser = new();

    private readonly TemplateOptions _options = new TemplateOptionsBuilder()
        .WithStrictVariables(true)
        .WithStrictFilters(true)
        .WithCultureInfo(CultureInfo.InvariantCulture)
        .WithTimeZone(TimeZoneInfo.Utc)
        .Build();

    private readonly FrozenDictionary<string, IFluidTemplate> _parts;

    public EmailRenderer()
        : this(typeof(EmailRenderer).Assembly)
    {
    }

    internal EmailRenderer(Assembly assembly)
    {
        _parts = LoadParts(assembly);
        TemplateNames = _parts.Keys
            .Select(key => key[..key.LastIndexOf('.')])
            .Where(name => name != Layout)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToFrozenSet();

        foreach (var part in new[] { Html, Text })
        {
            RequirePart(Layout, part);
        }

        foreach (var name in TemplateNames)
        {
            RequirePart(name, Subject);
            RequirePart(name, Html);
            RequirePart(name, Text);
        }
    }

    /// <summary>The names of the templates this renderer knows, such as <c>invitation</c>.</summary>
    public IReadOnlySet<string> TemplateNames { get; }

    /// <summary>Renders the template <paramref name="template"/> with <paramref name="values"/>.</summary>
    /// <exception cref="DeliveryFailedException">
    /// The template is unknown, it reads a value that is missing, or a link is not an absolute http(s) URL.
    /// </exception>
    public async Task<RenderedEmail> RenderAsync(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);

        if (!TemplateNames.Contains(template))
        {
            throw new DeliveryFailedException($"The template '{Truncate(template)}' does not exist.");
        }

        RequireWellFormedValues(template, values);

        var subject = await RenderPartAsync(template, Subject, values, NullEncoder.Default);
        subject = string.Join(' ', subject.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        var htmlBody = await RenderPartAsync(template, Html, values, HtmlEncoder.Default);
        var textBody = await RenderPartAsync(template, Text, values, NullEncoder.Default);

        var html = await RenderLayoutAsync(Html, subject, htmlBody, HtmlEncoder.Default);
        var text = await RenderLayoutAsync(Text, subject, textBody.Trim(), NullEncoder.Default);

        return new RenderedEmail(subject, html, text);
    }

    private async Task<string> RenderPartAsync(
        string template,
        string part,
        IReadOnlyDictionary<string, string> values,
        TextEncoder encoder)
    {
        var context = new TemplateContext(_options);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }

        try
        {
            return await _parts[Key(template, part)].RenderAsync(context, encoder);
        }
        catch (FluidException e)
        {
            // Strict variables: a template that reads a value the request lacks would otherwise send a blank.
            throw new DeliveryFailedException($"The template '{template}' could not be rendered: {e.Message}", e);
        }
    }

    private async Task<string> RenderLayoutAsync(string part, string subject, string body, TextEncoder encoder)
    {
        var context = new TemplateContext(_options);
        context.SetValue("subject", subject);
        context.SetValue("body", body);
        return await _parts[Key(Layout, part)].RenderAsync(context, encoder);
    }

    private static void RequireWellFormedValues(string template, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (name, value) in values)
        {
            // A link lands in an href: only web addresses, never javascript: or data: ones.
            var isLink = name.Equals("link", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith("Link", StringComparison.Ordinal);
            if (isLink && !(Uri.TryCreate(value, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                throw new DeliveryFailedException(
                    $"The value '{name}' of template '{template}' is not an absolute http(s) URL.");
            }

            // Instants (expiresAt, ...) are shown as dates; anything else would print an empty date.
            var isInstant = name.EndsWith("At", StringComparison.Ordinal);
            if (isInstant && !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out _))
            {
                throw new DeliveryFailedException(
                    $"The value '{name}' of template '{template}' is not an ISO 8601 date and time.");
            }
        }
    }

    private void RequirePart(string template, string part)
    {
        if (!_parts.ContainsKey(Key(template, part)))
        {
            throw new InvalidOperationException(
                $"The email template '{template}' has no {part} part ({ResourcePrefix}{Key(template, part)}"
                + $"{ResourceSuffix}).");
        }
    }

    private static FrozenDictionary<string, IFluidTemplate> LoadParts(Assembly assembly)
    {
        var parts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var resources = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        foreach (var resource in resources)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var source = reader.ReadToEnd();
            var key = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            if (!s_parser.TryParse(source, out var parsed, out var error))
            {
                throw new InvalidOperationException($"The email template {resource} does not parse: {error}");
            }

            parts[key] = parsed;
        }

        return parts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Key(string template, string part) => $"{template}.{part}";

    private static string Truncate(string value) => value.Length <= 50 ? value : value[..50];
}
