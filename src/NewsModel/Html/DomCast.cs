using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// Node tests for the hot walks. AngleSharp's element classes implement a dozen interfaces each, so <c>is IElement</c>
/// and <c>is IText</c> scan an interface map per node; a test against the <see cref="Element"/> or <see cref="Node"/>
/// class walks a short base-class chain instead. Every node of a document AngleSharp builds derives from these.
/// </summary>
internal static class DomCast
{
    /// <summary>The data of a text node, or null for any other node.</summary>
    public static string? TextData(INode node) => node is Node { NodeType: NodeType.Text } n ? n.TextContent : null;
}
