using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using NewsModel.Html;

namespace NewsModel.Tests.Html;

/// <summary>
/// The node walk that replaced the recursive ones: leaving out an element's descendants as a recursion that does not
/// descend into it would, and the depth it reached (what decides where a deep page is read).
/// </summary>
public class TreeWalkTests
{
    // Random nesting: open a div or a b, close one, or write text, up to 60 steps.
    private static readonly Gen<string> Trees = Gen.Int[0, 4].Array[0, 60].Select(steps =>
    {
        var html = new StringBuilder("<body>");
        var open = new Stack<string>();
        foreach (var step in steps)
        {
            switch (step)
            {
                case 0 or 1:
                    var tag = step == 0 ? "div" : "b";
                    html.Append('<').Append(tag).Append('>');
                    open.Push(tag);
                    break;
                case 2 when open.Count > 0:
                    html.Append("</").Append(open.Pop()).Append('>');
                    break;
                default:
                    html.Append("t ");
                    break;
            }
        }

        return html.Append("</body>").ToString();
    });

    [Fact]
    public void Skipping_an_elements_children_gives_the_recursive_walk_that_does_not_enter_it()
    {
        Trees.Sample(html =>
        {
            var body = new HtmlParser().ParseDocument(html).Body!;
            var walked = new List<INode>();
            var walk = Query.NodesOf(body).GetEnumerator();
            while (walk.MoveNext())
            {
                walked.Add(walk.Current);
                if (walk.Current is IElement { LocalName: "b" })
                {
                    walk.SkipChildren();
                }
            }

            var expected = new List<INode>();
            Recurse(body, expected, e => e.LocalName != "b");
            walked.Should().Equal(expected, html);

            // The element walk is the node walk's elements (it has no skip: nothing in the library skips on it).
            var all = new List<INode>();
            Recurse(body, all, _ => true);
            var elements = new List<IElement>();
            foreach (var e in Query.DescendantsOf(body))
            {
                elements.Add(e);
            }

            elements.Should().Equal(all.OfType<IElement>(), html);
        });
    }

    [Fact]
    public void The_walk_knows_the_deepest_level_it_reached()
    {
        Trees.Sample(html =>
        {
            var body = new HtmlParser().ParseDocument(html).Body!;
            var walk = Query.NodesOf(body).GetEnumerator();
            while (walk.MoveNext())
            {
            }

            walk.MaxDepth.Should().Be(Deepest(body, 0), html);
        });
    }

    [Fact]
    public void Skipping_before_the_first_node_or_on_a_node_without_children_changes_nothing()
    {
        var body = new HtmlParser().ParseDocument("<body><i></i>x<b><u>y</u></b></body>").Body!;
        var walk = Query.NodesOf(body).GetEnumerator();
        walk.SkipChildren();
        var seen = new List<string>();
        while (walk.MoveNext())
        {
            seen.Add(walk.Current.NodeName);
            walk.SkipChildren();
        }

        seen.Should().Equal("I", "#text", "B");
    }

    [Fact]
    public void A_root_without_children_has_no_depth_and_one_with_children_starts_at_their_level()
    {
        var document = new HtmlParser().ParseDocument("<body><p></p></body>");

        Query.NodesOf(document.QuerySelector("p")).GetEnumerator().MaxDepth.Should().Be(0);
        Query.NodesOf(document.Body).GetEnumerator().MaxDepth.Should().Be(1);
        Query.NodesOf(null).GetEnumerator().MaxDepth.Should().Be(0);
    }

    private static void Recurse(INode node, List<INode> into, Func<IElement, bool> enter)
    {
        foreach (var child in node.ChildNodes)
        {
            into.Add(child);
            if (child is not IElement e || enter(e))
            {
                Recurse(child, into, enter);
            }
        }
    }

    private static int Deepest(INode node, int level) =>
        node.ChildNodes.Length == 0 ? level : node.ChildNodes.Max(c => Deepest(c, level + 1));
}
