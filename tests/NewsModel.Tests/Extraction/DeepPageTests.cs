using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsModel.Extraction;
using NewsModel.Serialization;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Pages nested as deep as AngleSharp lets them (512 levels, from tags never closed). Several readers recurse over
/// the page's depth, and a stack overflow ends the process; a page deeper than <see cref="DeepPage.MaxInlineDepth"/>
/// is read on a thread with room for it, so a parse needs little of the caller's stack whatever the page.
/// </summary>
public class DeepPageTests
{
    private const int SmallStack = 256 * 1024;

    // Each shape nests one more level (or several) with each repeat: the readers that recurse are the block builder
    // (quotes, lists, tables each read with a builder of their own), the printed-date and byline walks, the headline
    // box walk and the comment reader.
    public static TheoryData<string, string> Shapes => new()
    {
        { "links", "<div><span><a href=\"/news/1\">عنوان خبر شماره یک</a><b><i>متن" },
        { "quotes", "<blockquote><p>متن نقل قول شماره یک" },
        { "lists", "<ul><li>مورد فهرست شماره یک" },
        { "tables", "<table><tr><td>خانه جدول شماره یک" },
        { "comments", "<div class=\"comment\"><div class=\"comment-body\"><p>نظر شماره یک درباره این خبر است</p>" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_page_nested_to_AngleSharps_cap_parses_on_a_small_stack_as_on_a_large_one(string shape, string unit)
    {
        var html = Page(unit, 1000);
        Depth(html).Should().BeGreaterThan(500, shape);

        var (article, lists) = OnThread(html, SmallStack);

        Read(article, shape);
        var (expected, expectedLists) = OnThread(html, 16 * 1024 * 1024);
        NewsJson.Serialize(article).Should().Be(NewsJson.Serialize(expected));
        NewsJson.Serialize(lists).Should().Be(NewsJson.Serialize(expectedLists));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_page_as_deep_as_the_caller_s_thread_reads_parses_on_a_small_stack(string shape, string unit)
    {
        // The most the caller's own thread is asked to hold: as many repeats as stay within the inline depth.
        var repeats = 1;
        while (Depth(Page(unit, repeats + 1)) <= DeepPage.MaxInlineDepth)
        {
            repeats++;
        }

        var html = Page(unit, repeats);
        Depth(html).Should().BeInRange(DeepPage.MaxInlineDepth - 8, DeepPage.MaxInlineDepth, shape);

        var (article, _) = OnThread(html, SmallStack);

        Read(article, shape);
    }

    [Fact]
    public void A_page_within_the_inline_depth_is_read_on_the_caller_s_thread()
    {
        var caller = Environment.CurrentManagedThreadId;

        DeepPage.Run(DeepPage.MaxInlineDepth, 0, _ => Environment.CurrentManagedThreadId).Should().Be(caller);
        DeepPage.Run(DeepPage.MaxInlineDepth + 1, 0, _ => Environment.CurrentManagedThreadId).Should().NotBe(caller);
    }

    [Fact]
    public void A_deeper_page_s_reader_gets_its_state_and_its_exception_reaches_the_caller()
    {
        DeepPage.Run(600, "state", s => s + " read").Should().Be("state read");

        var run = () => DeepPage.Run<int, int>(600, 0, _ => throw new InvalidOperationException("from the reader"));

        run.Should().Throw<InvalidOperationException>().WithMessage("from the reader");
    }

    [Fact]
    public void The_page_index_measures_the_depth_the_choice_is_made_on()
    {
        var document = new HtmlParser().ParseDocument(Page("<div><b>x", 40));

        PageIndex.Build(document).Depth.Should().Be(Depth(document));
    }

    // The repeated text is read: into the body, or (the comments) into Comments and not the body.
    private static void Read(Article article, string shape)
    {
        article.Title.Should().Be("Headline of the story");
        if (shape == "comments")
        {
            article.Comments.Should().NotBeEmpty();
            article.Comments[0].Text.Should().Contain("نظر شماره یک");
            article.Text.Should().NotContain("نظر شماره یک");
        }
        else
        {
            article.Text.Should().Contain("شماره یک");
        }
    }

    private static string Page(string unit, int repeats) =>
        "<html><head><title>Headline of the story</title></head><body><h1>Headline of the story</h1>"
        + "<p>پاراگراف نخست خبر با متنی به اندازه کافی بلند برای بدنه</p>"
        + string.Concat(Enumerable.Repeat(unit, repeats)) + "</body></html>";

    private static int Depth(string html) => Depth(new HtmlParser().ParseDocument(html));

    // The level of the deepest node below the document, counted with a stack of the test's own.
    private static int Depth(INode root)
    {
        var deepest = 0;
        var pending = new Stack<(INode Node, int Level)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, level) = pending.Pop();
            deepest = Math.Max(deepest, level);
            foreach (var child in node.ChildNodes)
            {
                pending.Push((child, level + 1));
            }
        }

        return deepest;
    }

    private static (Article Article, IReadOnlyList<HeadlineList> Lists) OnThread(string html, int stack)
    {
        Article? article = null;
        IReadOnlyList<HeadlineList>? lists = null;
        var worker = new Thread(
            () =>
            {
                article = ArticleParser.Default.Parse(html, new Uri("https://example.ir/news/2")).Value;
                lists = HeadlineParser.Default.Parse(html, new Uri("https://example.ir/")).Value;
            },
            stack);
        worker.Start();
        worker.Join();
        return (article!, lists!);
    }
}
