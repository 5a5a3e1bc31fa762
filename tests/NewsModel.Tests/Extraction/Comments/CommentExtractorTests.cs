using AngleSharp.Html.Parser;
using NewsModel.Extraction.Comments;
using NewsModel.Extraction.Content;

namespace NewsModel.Tests.Extraction.Comments;

public class CommentExtractorTests
{
    private const string Prose =
        "The council met on Tuesday evening to discuss the new budget, which includes funding for schools, roads and parks. " +
        "Members argued for hours about the details, but in the end, after a long debate, they approved the plan by a wide margin.";

    // The markup WordPress themes render: li.comment > article.comment-body, replies in ol.children.
    private const string WordPressComments = """
        <div id="comments" class="comments-area">
          <h2 class="comments-title">2 thoughts on "Budget"</h2>
          <ol class="comment-list">
            <li id="comment-11" class="comment even thread-even depth-1 parent">
              <article id="div-comment-11" class="comment-body">
                <footer class="comment-meta">
                  <div class="comment-author vcard"><img class="avatar" src="/a.png"><b class="fn">Anna</b> <span class="says">says:</span></div>
                  <div class="comment-metadata"><a href="#comment-11"><time datetime="2020-08-15T16:53:21-07:00">August 15, 2020 at 4:53 pm</time></a></div>
                </footer>
                <div class="comment-content"><p>Finally some money for the parks.</p></div>
                <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
              </article>
              <ol class="children">
                <li id="comment-12" class="comment odd alt depth-2">
                  <article id="div-comment-12" class="comment-body">
                    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ben</b></div></footer>
                    <div class="comment-content"><p>And the roads, too.</p></div>
                  </article>
                </li>
              </ol>
            </li>
            <li id="comment-13" class="comment even thread-odd depth-1">
              <article id="div-comment-13" class="comment-body">
                <div class="comment-author"><b class="fn">Cleo</b></div>
                <div class="comment-content"><p>Too expensive.</p></div>
              </article>
            </li>
          </ol>
          <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div>
        </div>
        """;

    private static ContentResult Extract(string html) =>
        new ContentExtractor().Extract(new HtmlParser().ParseDocument(html), new Uri("https://blog.example.com/budget/"));

    [Fact]
    public void Reads_authors_dates_texts_and_nested_replies()
    {
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article>{WordPressComments}</body></html>");

        r.Comments.Should().HaveCount(2);
        var anna = r.Comments[0];
        anna.Author.Should().Be("Anna");
        anna.Text.Should().Be("Finally some money for the parks.");
        anna.Published.Should().Be(new DateTimeOffset(2020, 8, 15, 16, 53, 21, TimeSpan.FromHours(-7)));
        anna.Id.Should().Be("comment-11");
        anna.Replies.Should().ContainSingle();
        anna.Replies[0].Author.Should().Be("Ben");
        anna.Replies[0].Text.Should().Be("And the roads, too.");
        anna.Replies[0].ParentId.Should().Be("comment-11");
        r.Comments[1].Should().BeEquivalentTo(new { Author = "Cleo", Text = "Too expensive.", Replies = Array.Empty<Comment>() });
    }

    [Fact]
    public void Comments_and_the_comment_form_never_reach_the_body()
    {
        var r = Extract($"<html><body><div class=\"post\"><div class=\"entry-content\"><p>{Prose}</p></div>{WordPressComments}</div></body></html>");
        var body = string.Join("\n", r.Body.Select(b => b.ToPlainText()));

        body.Should().Contain("The council met");
        body.Should().NotContain("money for the parks").And.NotContain("Too expensive").And.NotContain("Leave a Reply").And.NotContain("Anna");
        r.Comments.Should().HaveCount(2);
    }

    [Fact]
    public void Reads_likes_and_dislikes_in_persian_digits()
    {
        const string comments = """
            <div class="comments">
              <div class="comment" id="cm-1">
                <span class="comment-name">علی</span>
                <p class="comment-text">خبر خوبی بود، ممنون.</p>
                <span class="like">۱۲ مثبت</span><span class="dislike">۳ منفی</span>
              </div>
            </div>
            """;
        var r = Extract($"<html><body><div class=\"item-text\"><p>{Prose}</p></div>{comments}</body></html>");

        r.Comments.Should().ContainSingle();
        r.Comments[0].Should().BeEquivalentTo(new { Author = "علی", Text = "خبر خوبی بود، ممنون.", Likes = 12, Dislikes = 3 });
    }

    [Fact]
    public void A_page_without_comments_has_none()
    {
        var r = Extract($"<html><body><div class=\"entry-content\"><p>{Prose}</p><a class=\"comments-link\" href=\"#respond\">No comments yet</a></div></body></html>");

        r.Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData("<li id=\"comment-123\"></li>", true)]
    [InlineData("<div id=\"li-comment-77\"></div>", true)]
    [InlineData("<div class=\"comment byuser\"></div>", true)]
    [InlineData("<div itemtype=\"https://schema.org/Comment\"></div>", true)]
    [InlineData("<div id=\"div-comment-5\" class=\"comment-body\"></div>", false)]
    [InlineData("<div class=\"comment-meta\"></div>", false)]
    [InlineData("<div id=\"comments\"></div>", false)]
    public void Recognizes_single_comment_elements(string html, bool expected)
    {
        var e = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>").Body!.FirstElementChild!;

        CommentExtractor.IsItem(e).Should().Be(expected);
    }

    [Theory]
    [InlineData("12 likes", 12)]
    [InlineData("۱۲۳", 123)]
    [InlineData("٤٥ مثبت", 45)]
    [InlineData("no number", null)]
    public void Reads_the_first_number(string text, int? expected) =>
        CommentExtractor.FirstNumber(text).Should().Be(expected);
}
