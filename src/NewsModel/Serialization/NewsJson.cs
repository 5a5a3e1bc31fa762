using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NewsModel.Serialization;

/// <summary>
/// JSON for the models: camelCase names, enums as camelCase strings, instants in ISO 8601 with their offset,
/// absent values as <see langword="null"/> and absent lists as empty arrays. Reading back gives an equal value.
/// </summary>
public static class NewsJson
{
    /// <summary>Options for compact output (one line), suitable for JSON Lines.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Options for indented, human-readable output.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(NewsJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // Persian text stays readable in the output instead of becoming \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Serializes an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Article article, bool indented = true) =>
        JsonSerializer.Serialize(article, (JsonTypeInfo<Article>)(indented ? Indented : Compact).GetTypeInfo(typeof(Article)));

    /// <summary>Reads an article back from JSON written by <see cref="Serialize(Article, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    /// <exception cref="JsonException">The text is not a valid article.</exception>
    public static Article DeserializeArticle(string json) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<Article>)Compact.GetTypeInfo(typeof(Article)))
        ?? throw new JsonException("The JSON text is 'null', not an article.");

    /// <summary>Serializes any model type (headline lists, comments, diagnostics, selector rules).</summary>
    /// <typeparam name="T">A model type known to the library.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)(indented ? Indented : Compact).GetTypeInfo(typeof(T)));

    /// <summary>Reads any model type back from JSON.</summary>
    /// <typeparam name="T">A model type known to the library.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The text is not a valid value of that type.</exception>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)Compact.GetTypeInfo(typeof(T)))
        ?? throw new JsonException($"The JSON text is 'null', not a {typeof(T).Name}.");
}

/// <summary>The source-generated serialization metadata for the models.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Headline))]
[JsonSerializable(typeof(HeadlineList))]
[JsonSerializable(typeof(IReadOnlyList<HeadlineList>))]
[JsonSerializable(typeof(Comment))]
[JsonSerializable(typeof(ParseDiagnostic))]
[JsonSerializable(typeof(IReadOnlyList<ParseDiagnostic>))]
[JsonSerializable(typeof(SelectorRule))]
[JsonSerializable(typeof(IReadOnlyList<SelectorRule>))]
[JsonSerializable(typeof(ListSelectorRule))]
[JsonSerializable(typeof(IReadOnlyList<ListSelectorRule>))]
internal sealed partial class NewsJsonContext : JsonSerializerContext
{
}
