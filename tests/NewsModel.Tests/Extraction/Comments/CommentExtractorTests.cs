using CsCheck;
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

    [Theory]
    [InlineData("cm-name", "up", "down")]
    [InlineData("user_name", "vote agree", "vote disagree")]
    [InlineData("comment-name", "btn-like", "btn-dislike")]
    public void A_name_box_named_for_a_name_and_vote_boxes_named_up_and_down_give_author_likes_and_dislikes(string nameClass, string upClass, string downClass)
    {
        var items = string.Concat(new[] { ("Anna", 12, 3), ("Ben", 4, 0) }.Select((c, i) => $"""
            <li class="comment" id="comment-{i + 1}"><div class="meta"><span class="{nameClass}">{c.Item1}</span></div>
            <div class="comment-text"><p>I think the budget is a fair one for the whole city, roads and parks alike.</p></div>
            <div class="votes"><span class="{upClass}">{c.Item2}</span> <span class="{downClass}">{c.Item3}</span></div></li>
            """));
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article><div id=\"comments\"><ol>{items}</ol></div></body></html>");

        r.Comments.Select(c => (c.Author, c.Likes, c.Dislikes)).Should().Equal(("Anna", 12, 3), ("Ben", 4, 0));
    }

    [Fact]
    public void A_popup_or_a_dropdown_in_a_comment_counts_no_votes()
    {
        const string Item = """
            <li class="comment" id="comment-1"><div class="comment-author">Anna</div>
            <div class="comment-text"><p>I think the budget is a fair one for the whole city, roads and parks alike.</p></div>
            <div class="popup">5 people shared this</div><div class="dropdown">2 more options</div></li>
            """;
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article><div id=\"comments\"><ol>{Item}</ol></div></body></html>");

        r.Comments.Should().ContainSingle().Which.Should().Match<Comment>(c => c.Likes == null && c.Dislikes == null);
    }

    [Fact]
    public void Comments_behind_a_show_comments_button_are_read_and_stay_out_of_the_body()
    {
        // golfpost.de renders its comments in «article-comments-detail hidden», shown by a button: a class that hides
        // a box keeps it from being the article, not its comments from being read.
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article><div class=\"col-12 hidden\" id=\"article-comments-detail\">{WordPressComments}</div></body></html>");

        r.Comments.Select(c => c.Author).Should().Equal("Anna", "Cleo");
        string.Join(" ", r.Body.Select(b => b.ToPlainText())).Should().NotContain("Finally some money");
    }

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

    // WordPress's Twenty Twelve: the text box is <section class="comment-content comment">, and the post's writer
    // carries a badge in the cite (gormulus.wordpress.com).
    private const string TwentyTwelveComments = """
        <div id="comments" class="comments-area">
          <h2 class="comments-title">2 Gedanken zu „Budget“</h2>
          <ol class="commentlist">
            <li class="comment even thread-even depth-1" id="li-comment-154">
              <article id="comment-154" class="comment">
                <header class="comment-meta comment-author vcard"><img class="avatar" src="/a.png"><cite><b class="fn"><a href="http://photobix.de">photobix</a></b> </cite><a href="#comment-154"><time datetime="2012-12-11T11:07:17+01:00">11. Dezember 2012 um 11:07</time></a></header>
                <section class="comment-content comment"><p>Danke für den Beitrag, er trifft es genau.</p></section>
                <div class="reply"><a class="comment-reply-link" href="#">Antwort</a></div>
              </article>
            </li>
            <li class="comment byuser bypostauthor odd alt thread-odd depth-1" id="li-comment-157">
              <article id="comment-157" class="comment">
                <header class="comment-meta comment-author vcard"><cite><b class="fn"><a href="/">Mathias</a></b> <span>Autor</span></cite><a href="#comment-157"><time datetime="2012-12-11T13:19:41+01:00">11. Dezember 2012 um 13:19</time></a></header>
                <section class="comment-content comment"><p>Gern geschehen, und danke fürs Lesen.</p></section>
              </article>
            </li>
          </ol>
        </div>
        """;

    [Fact]
    public void A_text_box_that_also_says_comment_is_the_comments_text_and_a_badge_is_no_part_of_the_name()
    {
        // Taken for a reply, each such box took its comment's text (34 empty comments on gormulus.wordpress.com), and
        // the writer was «Mathias Autor».
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article>{TwentyTwelveComments}</body></html>");

        r.Comments.Select(c => (c.Author, c.Text, c.Replies.Count)).Should().Equal(
            ("photobix", "Danke für den Beitrag, er trifft es genau.", 0),
            ("Mathias", "Gern geschehen, und danke fürs Lesen.", 0));
    }

    [Fact]
    public void An_author_box_without_a_name_does_not_end_the_search_and_a_bare_date_line_is_the_date()
    {
        // happyface313.com: "comment-author vcard" holds the avatar alone, the name is a span.author beside a date
        // printed as bare text, and the words follow in a paragraph.
        const string comments = """
            <ol class="commentlist">
              <li class="comment even thread-even depth-1" id="li-comment-22203"><div id="comment-22203" class="comment-body clearfix">
                <div class="wrapper"><div class="comment-author vcard"><img alt="" src="/a.png" class="avatar"></div>
                  <div class="extra-wrap"><span class="author">dottoressa</span><br> März 7, 2018 <p>Liebe Claudia, du hast sehr schönes Haar.</p></div></div>
                <div class="wrapper"><div class="reply"><a class="comment-reply-link" href="#comment-22203">Reply</a></div></div>
              </div></li>
            </ol>
            """;
        var r = Extract($"<html lang=\"de\"><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article><div id=\"comments\">{comments}</div></body></html>");

        var c = r.Comments.Should().ContainSingle().Subject;
        c.Author.Should().Be("dottoressa");
        c.Text.Should().Be("Liebe Claudia, du hast sehr schönes Haar.");
        c.Published.Should().NotBeNull();
        c.Published!.Value.Date.Should().Be(new DateTime(2018, 3, 7));
    }

    [Fact]
    public void Replies_nested_past_the_kept_levels_are_listed_under_the_last_one_with_their_parents_and_serialize()
    {
        // A thread of 40 replies, each answering the one before (WordPress nests each in the last one's ol.children).
        const int Levels = 40;
        var thread = new System.Text.StringBuilder("<ol class=\"comment-list\">");
        for (var i = 1; i <= Levels; i++)
        {
            thread.Append($"<li id=\"comment-{i}\" class=\"comment depth-{i}\"><article class=\"comment-body\"><div class=\"comment-author vcard\"><b class=\"fn\">User {i}</b></div>")
                .Append($"<div class=\"comment-content\"><p>Reply number {i} to the one before it.</p></div></article><ol class=\"children\">");
        }

        thread.Append(string.Concat(Enumerable.Repeat("</ol></li>", Levels))).Append("</ol>");
        var html = $"<html><body><article><h1>Budget</h1><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article><div id=\"comments\" class=\"comments-area\">{thread}</div></body></html>";

        var article = ArticleParser.Default.Parse(html, new Uri("https://blog.example.com/budget/")).Value;

        // Nested as the page nests them for 24 levels below the first comment ...
        var comment = article.Comments.Should().ContainSingle().Subject;
        for (var level = 1; level <= 24; level++)
        {
            comment.Text.Should().Be($"Reply number {level} to the one before it.");
            comment = comment.Replies[0];
        }

        // ... then the rest beside each other under the last nested one, in page order, each naming its parent.
        comment.Text.Should().Be("Reply number 25 to the one before it.");
        comment.Replies.Select(r => r.Text).Should().Equal(Enumerable.Range(26, Levels - 25).Select(i => $"Reply number {i} to the one before it."));
        comment.Replies.Select(r => r.ParentId).Should().Equal(Enumerable.Range(25, Levels - 25).Select(i => $"comment-{i}"));
        comment.Replies.Should().OnlyContain(r => r.Replies.Count == 0);

        // The article's JSON stays within the usual depth limit of 64 and reads back the same.
        var json = NewsModel.Serialization.NewsJson.Serialize(article);
        NewsModel.Serialization.NewsJson.Serialize(NewsModel.Serialization.NewsJson.DeserializeArticle(json)).Should().Be(json);
        System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("comments").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_printed_date_gives_way_to_the_time_element_inside_it_and_is_read_in_german()
    {
        // zulang.wordpress.com: the link named comment-time prints the date in German; the <time> inside has it to
        // the second with its offset. A printed date alone is read as it stands.
        var r = Extract($$"""
            <html><body><article><div class="entry-content"><p>{{Prose}}</p><p>{{Prose}}</p></div></article>
            <ol class="commentlist">
              <li class="comment" id="li-comment-491"><article id="comment-491" class="comment"><footer>
                <div class="comment-author vcard"><cite class="fn">Dagmar Rehak</cite></div>
                <div class="comment-meta commentmetadata"><a class="comment-time" href="#comment-491"><time pubdate datetime="2015-12-13T01:10:03+01:00"> 13 Dezember, 2015 um 01:10 </time></a></div>
              </footer><div class="comment-content"><p>Das stimmt überhaupt nicht, was der da sagt.</p></div></article></li>
              <li class="comment" id="li-comment-492"><article id="comment-492" class="comment"><footer>
                <div class="comment-author vcard"><cite class="fn">Philipp Ther</cite></div>
                <div class="comment-meta commentmetadata"><span class="comment-date">11. Februar 2020</span></div>
              </footer><div class="comment-content"><p>Ein Kommentar ohne time-Element.</p></div></article></li>
            </ol></body></html>
            """);
        r.Comments.Select(c => c.Published).Should().Equal(
            new DateTimeOffset(2015, 12, 13, 1, 10, 3, TimeSpan.FromHours(1)),
            new DateTimeOffset(2020, 2, 11, 0, 0, 0, TimeSpan.Zero));
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
    public void Reads_each_part_of_a_comment_by_the_words_of_its_names()
    {
        // The names' words decide every part: the author («comment-author», not its «avatar»), the date («comment-
        // metadata» holds a <time>), the text («comment-content», without the «reply» link), the votes («thumbs-up»,
        // «vote-down»).
        const string comments = """
            <ol class="comment-list">
              <li class="comment" id="comment-7">
                <article class="comment-body">
                  <footer class="comment-meta">
                    <div class="comment-avatar-box"><img class="avatar" src="/a.png" alt="">Gravatar</div>
                    <div class="comment-author vcard"><b class="fn">Jane Reader</b> <span class="says">says:</span></div>
                    <div class="comment-metadata"><a href="#comment-7"><time datetime="2021-03-04T10:21:00+01:00">4. März 2021 um 10:21</time></a></div>
                  </footer>
                  <div class="comment-content"><p>A thoughtful reply to the article, with an argument or two.</p></div>
                  <div class="reply"><a class="comment-reply-link" href="#respond">Antworten</a></div>
                  <span class="thumbs-up">5</span><span class="vote-down">2</span>
                </article>
              </li>
            </ol>
            """;
        var r = Extract($"<html><body><div class=\"entry-content\"><p>{Prose}</p></div><div id=\"comments\">{comments}</div></body></html>");

        r.Comments.Should().ContainSingle();
        r.Comments[0].Should().BeEquivalentTo(new
        {
            Author = "Jane Reader",
            Text = "A thoughtful reply to the article, with an argument or two.",
            Published = new DateTimeOffset(2021, 3, 4, 10, 21, 0, TimeSpan.FromHours(1)),
            Likes = 5,
            Dislikes = 2,
        });
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
    [InlineData("<div class=\"kb-comment\"></div>", true)]
    [InlineData("<div class=\"mo-comment-card\"></div>", true)]
    [InlineData("<i class=\"fa fa-comment\"></i>", false)]
    [InlineData("<div class=\"commentary article\"></div>", false)]
    [InlineData("<div class=\"button add-comment\"></div>", false)]
    [InlineData("<div class=\"btn-comment\"></div>", false)]
    [InlineData("<section class=\"comment-content comment\"></section>", false)]
    [InlineData("<section class=\"comment__content comment\"></section>", false)]
    [InlineData("<div class=\"comment_text comment\"></div>", false)]
    [InlineData("<div class=\"comment commentator\"></div>", true)]
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

    private static string AllText(IReadOnlyList<Comment> comments) =>
        string.Join("\n", comments.Select(c => c.Text + "\n" + AllText(c.Replies)));

    [Fact]
    public void A_comments_title_bar_labels_the_comments_after_it_and_keeps_them_out_of_the_body()
    {
        // An old guestbook layout: no comment names at all, a «Kommentare» bar, one block per comment, then the form.
        var r = Extract($"""
            <html><body><div id="content"><div><h2>Site update</h2><p>{Prose}</p><p>{Prose}</p></div>
            <div class="titlebar">Kommentare</div>
            <div style="padding-top: 10px;"><h3>#1 von Naru-chan</h3>26. März 2004<p>Danke für dieses Kapitel, wie immer super.</p></div>
            <div style="padding-top: 10px;"><h3>#2 von Keitaro</h3>27. März 2004<p>Ich freue mich schon auf das nächste.</p></div>
            <div class="noprint"><div class="titlebar">Kommentare schreiben</div><form><textarea name="comment"></textarea></form></div>
            </div></body></html>
            """);

        r.Comments.Should().HaveCount(2);
        r.Comments[0].Text.Should().Contain("Danke für dieses Kapitel");
        r.Comments[1].Text.Should().Contain("nächste");
        var body = string.Join("\n", r.Body.Select(b => b.ToPlainText()));
        body.Should().Contain("The council met");
        body.Should().NotContain("Danke für dieses Kapitel").And.NotContain("nächste");
    }

    [Fact]
    public void A_form_posting_to_a_comments_script_holds_the_comments()
    {
        var r = Extract($"""
            <html><body><div class="news"><p>{Prose}</p><p>{Prose}</p></div>
            <form name="form" method="post" action="comments.php?delete=true">
              <a href="?sorttype=ASC">Sortierung:</a>
              <table><tr><td>#1 von <b>Tobias</b></td></tr><tr><td>ich werde wohl auch auf die Lan kommen</td></tr></table>
              <table><tr><td>#2 von <b>Anna</b></td></tr><tr><td>wir sehen uns dort, bis dann</td></tr></table>
            </form></body></html>
            """);

        AllText(r.Comments).Should().Contain("ich werde wohl auch auf die Lan kommen").And.Contain("wir sehen uns dort");
        string.Join("\n", r.Body.Select(b => b.ToPlainText())).Should().NotContain("Lan kommen").And.Contain("The council met");
    }

    [Fact]
    public void A_run_of_reviews_is_read_as_comments_and_never_chosen_as_the_body()
    {
        // A shop's review widget: longer than the product text, named only by its items ("jdgm-rev").
        const string review = "Der Kaffee duftet herrlich, wenn man die Tüte aufmacht, und er schmeckt sehr gut, sogar in der Maschine, die wir seit Jahren haben, und auch kalt, wenn man ihn vergessen hat.";
        var r = Extract($"""
            <html><body><div class="product-description"><p>{Prose}</p></div>
            <div class="jdgm-widget"><div class="jdgm-rev-widg__reviews">
              <div class="jdgm-rev"><span class="jdgm-rev__author">S.</span><div class="jdgm-rev__body"><p>{review} Eins.</p></div></div>
              <div class="jdgm-rev"><span class="jdgm-rev__author">D.</span><div class="jdgm-rev__body"><p>{review} Zwei.</p></div></div>
              <div class="jdgm-rev"><span class="jdgm-rev__author">A.</span><div class="jdgm-rev__body"><p>{review} Drei.</p></div></div>
            </div></div></body></html>
            """);

        r.Comments.Should().HaveCount(3);
        r.Comments[0].Author.Should().Be("S.");
        r.Comments[2].Text.Should().EndWith("Drei.");
        var body = string.Join("\n", r.Body.Select(b => b.ToPlainText()));
        body.Should().Contain("The council met").And.NotContain("duftet");
    }

    [Fact]
    public void A_named_section_without_named_items_reads_its_run_of_alike_siblings()
    {
        var r = Extract($"""
            <html><body><article><div class="entry-content"><p>{Prose}</p><p>{Prose}</p></div></article>
            <div class="sect sect_commentlinks"><h2>Kommentare</h2><ul class="directory">
              <li class="member" id="bb_message_1"><a class="author"><h4>Martin</h4></a><p>Inhaltlich ist der Artikel super, die Form passt nicht.</p></li>
              <li class="member" id="bb_message_2"><a class="author"><h4>Eva</h4></a><p>Ich sehe das anders, der Ton ist angemessen.</p></li>
              <li class="guest" id="bb_message_3"><a class="author"><h4>Gast</h4></a><p>Wer wen über den Tisch zog, ist noch offen.</p></li>
            </ul></div></body></html>
            """);

        r.Comments.Should().HaveCount(3);
        AllText(r.Comments).Should().Contain("Inhaltlich ist der Artikel super").And.Contain("über den Tisch zog");
    }

    [Fact]
    public void A_comment_body_marked_itemprop_comment_under_its_header_is_the_same_comment()
    {
        // Drupal: article.comment > header (author, date) + div[itemprop=comment].field-name-comment-body.
        var r = Extract($"""
            <html><body><article><div class="entry-content"><p>{Prose}</p><p>{Prose}</p></div></article>
            <section id="comments" class="comments">
              <article class="comment"><header><p class="submitted"><span class="username">malte</span> am <time datetime="2023-10-18T19:48:26+02:00">18. Oktober 2023 - 19:48</time> Permanenter Link</p></header>
                <div itemprop="comment" class="field field-name-comment-body"><p>Viele richtige Gedanken, aber teilweise etwas unausgegoren.</p></div></article>
              <article class="comment"><header><p class="submitted"><span class="username">David</span> am 18. Oktober 2023 - 20:11 Permanenter Link</p></header>
                <div itemprop="comment" class="field field-name-comment-body"><p>Fair enough, vielen Dank.</p></div></article>
            </section></body></html>
            """);

        r.Comments.Should().HaveCount(2);
        r.Comments[0].Author.Should().Be("malte");
        r.Comments[0].Text.Should().Be("Viele richtige Gedanken, aber teilweise etwas unausgegoren.");
        r.Comments[0].Replies.Should().BeEmpty();
    }

    [Fact]
    public void An_opinion_label_is_not_a_comments_heading()
    {
        // «Kommentar» (singular) labels an opinion piece: the article after it stays the body.
        var r = Extract($"<html><body><div><span class=\"kicker\">Kommentar</span><div class=\"text\"><p>{Prose}</p><p>{Prose}</p></div></div></body></html>");

        r.Comments.Should().BeEmpty();
        r.Body.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("<div id=\"wpdevar_comment_1\"><div>Comment via Facebook</div></div>")]
    [InlineData("<div class=\"comments\"><div class=\"comments-tab\">Loading Facebook Comments ...</div><div class=\"comments-tab\">Skomentuj ten artykuł</div></div>")]
    [InlineData("<div class=\"comments\"><div class=\"button add-comment\">Kommentar hinzufügen</div></div>")]
    public void A_comment_box_with_only_a_button_or_a_placeholder_has_no_comments(string box)
    {
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article>{box}</body></html>");

        r.Comments.Should().BeEmpty();
    }

    [Fact]
    public void A_latest_comments_box_linking_to_other_articles_is_not_this_pages_comments()
    {
        var r = Extract($"""
            <html><body><article><div class="entry-content"><p>{Prose}</p><p>{Prose}</p></div></article>
            <aside><div id="recent-comments-3" class="widget"><h3>Neueste Kommentare</h3>
              <article class="comment"><a href="/news/ponys/#comment-734227">Zwei Ponys gerissen</a><p>Hallo Frau T., welcher Lobby gehören Sie denn an? Mich würde das interessieren.</p></article>
              <article class="comment"><a href="/news/warendorf/#comment-734300">Landgestüt Warendorf</a><p>Man kann dem Landgestüt, dieser 200 Jahre alten Einrichtung, nur Gutes wünschen.</p></article>
            </div></aside></body></html>
            """);

        r.Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData("https://blog.example.com/budget/", 3)]
    [InlineData("https://blog.example.com/other-post/", 0)]
    [InlineData("/other-post/", 0)]
    public void Comments_whose_permalinks_differ_only_in_their_fragment_are_judged_by_their_address(string article, int expected)
    {
        // Each permalink is the same address with its own fragment (read once for all): this page's keeps the
        // comments, another page's is a "latest comments" box.
        var items = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<article class=\"comment\"><a href=\"{article}#comment-{i}\">Reader {i}</a><p>Comment number {i} says something about the budget and the parks.</p></article>"));
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article><div class=\"comments\">{items}</div></body></html>");

        r.Comments.Should().HaveCount(expected);
    }

    [Fact]
    public void Linked_review_teasers_with_scores_are_not_reviews()
    {
        var r = Extract($"""
            <html><body><article><div class="entry-content"><p>{Prose}</p><p>{Prose}</p></div></article>
            <ul class="reviews">
              <li class="review"><article><a class="review__title" href="/test/jacke/">Testreise 2019 – Jacke Brenner Pro Padded</a> <span class="badge">7.2</span></article></li>
              <li class="review"><article><a class="review__title" href="/test/shirt/">Testreise 2019 – Canada Shirt für die Jagd</a> <span class="badge">8.5</span></article></li>
            </ul></body></html>
            """);

        r.Comments.Should().BeEmpty();
    }

    [Fact]
    public void Live_commentary_of_a_match_is_not_readers_comments()
    {
        var r = Extract($"""
            <html><body><article><div class="entry-content"><p>{Prose}</p></div></article>
            <div class="live-match-comments">
              <div class="live-match-comment left"><span>95'</span><p>C'est terminé au Moustoir ! Lorient a tenu tête à l'OL dans ce match.</p></div>
              <div class="live-match-comment left"><span>90'</span><p>Carton jaune pour le portier, qui a perdu trop de temps avant de jouer.</p></div>
              <div class="live-match-comment left"><span>85'</span><p>Encore en contre, Lorient a une balle de match, mais le tir est repoussé.</p></div>
            </div></body></html>
            """);

        r.Comments.Should().BeEmpty();
    }

    [Fact]
    public void A_forum_threads_opening_post_is_the_page_not_a_comment()
    {
        // A forum page is only its thread: the first post is the question the page is about, the rest answer it.
        var r = Extract($"""
            <html><body><h1>Pepe</h1>
            <div class="block-body js-replyNewMessageContainer">
              <article class="message message--post"><div class="message-user">Pepemaus</div><div class="message-content"><p>{Prose}</p><p>{Prose}</p></div></article>
              <article class="message message--post"><div class="message-user">yellowkitty</div><div class="message-content"><p>Hat er evtl. Milben in den Ohren? Eine unserer Katzen hatte das auch einmal.</p></div></article>
              <article class="message message--post"><div class="message-user">Lov100</div><div class="message-content"><p>Meiner schleppt durch das lange Fell schon so einiges von draußen rein.</p></div></article>
            </div></body></html>
            """);

        AllText(r.Comments).Should().Contain("Milben").And.Contain("Fell").And.NotContain("The council met");
    }

    [Fact]
    public void Comments_under_a_heading_that_are_also_named_items_are_read_once()
    {
        var r = Extract($"""
            <html><body><article><div class="entry-content"><p>{Prose}</p><p>{Prose}</p></div></article>
            <div class="thread"><h2 class="Title">Kommentare</h2><p></p>
              <div id="c_0" class="MtnComment"><span class="user">th3Chris</span><p>Ich kann mit 13.1.1 unter mobilen Daten auf den App Store zugreifen.</p></div>
              <div id="c_1" class="MtnComment"><span class="user">maculi</span><p>Gab es so einen Fall nicht erst kürzlich hier im Forum?</p></div>
            </div></body></html>
            """);

        r.Comments.Should().HaveCount(2);
    }

    [Fact]
    public void A_printed_date_a_profile_link_and_a_button_label_are_read_as_date_author_and_nothing()
    {
        // chefkoch.de: no time element, «12.04.2020 17:02» in div.comment-date, an «Antworten» link after the text.
        var comments = """
            <div id="comments" class="comments">
              <div id="kommentar_1" class="comment-item"><a href="/user/profil/07/anna.html"><img src="/avatar/anna.png" alt=""></a>
                <strong><a href="/user/profil/07/anna.html">anna</a></strong><p>Habe ihn heute erstmals gemacht, war super lecker.</p>
                <div class="comment-date"><small>12.04.2020 17:02</small></div><div><a href="/login"><span>Antworten</span></a></div></div>
              <div id="kommentar_2" class="comment-item"><strong>ben</strong><p>Der Pudding wurde klumpig, sonst gut.</p>
                <div class="comment-date"><small>28.09.1912:44</small></div><div><a href="/login"><span>Antworten</span></a></div></div>
            </div>
            """;
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article>{comments}</body></html>");

        r.Comments.Should().HaveCount(2);
        r.Comments[0].Published.Should().Be(new DateTimeOffset(2020, 4, 12, 17, 2, 0, TimeSpan.Zero), "a Gregorian date on a page of unknown zone is read as UTC");
        r.Comments[0].Text.Should().Be("Habe ihn heute erstmals gemacht, war super lecker.");
        r.Comments[0].Author.Should().Be("anna", "the named link to the commenter's profile, not the avatar's empty one");
        r.Comments[1].Published.Should().BeNull("«28.09.1912:44» is a date glued to a time, not 1912");
    }

    [Theory]
    [InlineData("<html lang=\"de\">", "https://www.example.com/rezept", 2)]
    [InlineData("<html>", "https://www.chefkoch.de/rezept", 2)]
    [InlineData("<html lang=\"en\">", "https://www.example.com/recipe", 0)]
    public void A_comment_s_printed_time_is_read_in_the_zone_the_page_s_markup_or_address_says(string html, string url, int hours)
    {
        var page = html + $"""
            <body><article><h1>Mandarinen-Schmand-Kuchen vom Blech</h1><p>{Prose}</p><p>{Prose}</p></article>
            <div id="comments" class="comments">
              <div id="kommentar_1" class="comment-item"><strong>anna</strong><p>Habe ihn heute erstmals gemacht, war super lecker.</p>
                <div class="comment-date"><small>12.04.2020 17:02</small></div></div>
            </div></body></html>
            """;

        var comment = ArticleParser.Default.Parse(page, new Uri(url)).Value.Comments.Should().ContainSingle().Subject;

        comment.Published.Should().Be(new DateTimeOffset(2020, 4, 12, 17, 2, 0, TimeSpan.FromHours(hours)));
        comment.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(hours));
    }

    [Theory]
    [InlineData("Great recipe!\nReply", "Great recipe!")]
    [InlineData("Super Rezept.\nAntworten\nMelden", "Super Rezept.")]
    [InlineData("خیلی خوب بود\nپاسخ", "خیلی خوب بود")]
    [InlineData("I will reply\nlater", "I will reply\nlater")]
    public void Only_whole_last_lines_that_are_button_labels_are_dropped(string text, string expected) =>
        CommentExtractor.WithoutActionLines(text).Should().Be(expected);

    [Fact]
    public void A_dt_header_and_the_dd_after_it_are_one_comment()
    {
        // The Thesis theme (hearya.com): dl#comment_list, dt.comment with author and time, dd.comment with the words.
        var comments = """
            <div id="comments"><dl id="comment_list">
              <dt class="comment even depth-1" id="comment-1769281"><span class="comment_author">Armanox</span>
                <span class="comment_time"><a href="#comment-1769281">June 28, 2015 at 10:25 pm</a></span></dt>
              <dd class="comment even depth-1"><div class="format_text" id="comment-body-1769281"><p>Really, no Shagrath? Mustaine @ 89?</p></div></dd>
              <dt class="comment odd depth-1" id="comment-1779168"><span class="comment_author">FLOUNDER</span>
                <span class="comment_time"><a href="#comment-1779168">July 6, 2015 at 6:57 pm</a></span></dt>
              <dd class="comment odd depth-1"><div class="format_text" id="comment-body-1779168"><p>This list is missing Mike Patton.</p></div></dd>
            </dl></div>
            """;
        var r = Extract($"<html><body><article><div class=\"entry-content\"><p>{Prose}</p><p>{Prose}</p></div></article>{comments}</body></html>");

        r.Comments.Select(c => (c.Id, c.Author, c.Text)).Should().Equal(
            ("comment-1769281", "Armanox", "Really, no Shagrath? Mustaine @ 89?"),
            ("comment-1779168", "FLOUNDER", "This list is missing Mike Patton."));
        r.Comments[0].Published.Should().Be(new DateTimeOffset(2015, 6, 28, 22, 25, 0, TimeSpan.Zero));
    }
}

/// <summary>A comment's text nodes, appended whole when they are words and single spaces, else word by word.</summary>
public class CommentTextAppendTests
{
    [Theory]
    [InlineData("", "a", false, "a", false)]
    [InlineData("", "  a b  ", false, "a b", true)]
    [InlineData("x", " a b", false, "x a b", false)]
    [InlineData("x\n", " a b", true, "x\na b", false)]
    [InlineData("x", "a\n\nb", true, "x a b", false)]
    [InlineData("x", "   ", false, "x", true)]
    [InlineData("", "   ", false, "", false)]
    public void Appends_words_with_one_space_between(string before, string text, bool pending, string after, bool pendingAfter)
    {
        var sb = new System.Text.StringBuilder(before);
        CommentExtractor.AppendCollapsed(sb, text, ref pending);
        sb.ToString().Should().Be(after);
        pending.Should().Be(pendingAfter);
    }

    [Fact]
    public void The_whole_node_path_agrees_with_the_word_by_word_one()
    {
        var texts = Gen.Char[" \t\n\u00A0\u2003ab،"].Array[0, 24].Select(a => new string(a));
        var befores = Gen.OneOfConst("", "x", "x\n", "x ");
        Gen.Select(befores, texts, Gen.Bool).Sample((before, text, pending) =>
        {
            var whole = new System.Text.StringBuilder(before);
            var words = new System.Text.StringBuilder(before);
            var p1 = pending && before.Length > 0;
            var p2 = p1;
            CommentExtractor.AppendCollapsed(whole, text, ref p1);
            CommentExtractor.AppendWords(words, text, ref p2);
            return whole.ToString() == words.ToString() && p1 == p2;
        }, iter: 20000);
    }
}
