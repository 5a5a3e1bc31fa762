using NewsModel.Serialization;

namespace NewsModel.Tests.Models;

public class ArticleJsonTests
{
    private static Article Sample() => new()
    {
        Url = new Uri("https://www.shahraranews.ir/fa/news/216026/x"),
        SiteName = "شهرآرانیوز",
        ReportedBy = "شهرآرانیوز",
        Language = "fa",
        Direction = TextDirection.Rtl,
        Id = "216026",
        Title = "قلندرشریف: شهرداری مشهد ظرفیت ایجاد هاب دیپلماسی کشور را دارد",
        Kicker = "روتیتر",
        Body =
        [
            new ParagraphBlock { Text = "به گزارش شهرآرانیوز، می‌شود" },
            new HeadingBlock { Level = 2, Text = "میان‌تیتر" },
            new ListBlock { Ordered = true, Items = ["یک", "دو"] },
            new TableBlock { Rows = [["a", "b"], ["c", "d"]] },
            new ImageBlock { Image = new ImageRef { Url = new Uri("https://example.com/a.jpg"), Caption = "عکس" } },
            new EmbedBlock { Url = new Uri("https://example.com/v.mp4"), Kind = "video" },
            new EmbedBlock { Url = new Uri("https://twitter.com/a/status/1"), Kind = "tweet", Text = "Die Worte des Tweets. pic.twitter.com/x" },
            new QuoteBlock { Text = "نقل" },
        ],
        Text = "به گزارش شهرآرانیوز، می‌شود",
        Authors = [new Author { Name = "علی", Role = "خبرنگار" }],
        Published = new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)),
        Tags = ["دیپلماسی", "مشهد"],
        Comments = [new Comment { Id = "1", Text = "نظر", Likes = 3, Replies = [new Comment { Id = "2", ParentId = "1", Text = "پاسخ" }] }],
        Headlines = [new HeadlineList { Kind = HeadlineListKind.MostViewed, Name = "پربازدید", Items = [new Headline { Title = "خبر" }] }],
        Provenance = [new FieldProvenance { Field = "title", Source = FieldSource.SiteRule, Detail = "h1.title" }],
    };

    [Fact]
    public void Round_trip_gives_an_equal_article()
    {
        var article = Sample();
        var json = NewsJson.Serialize(article);
        var back = NewsJson.DeserializeArticle(json);
        back.Should().Be(article);
        NewsJson.Serialize(back).Should().Be(json);
    }

    [Fact]
    public void Json_uses_camel_case_iso_instants_and_keeps_persian_readable()
    {
        var json = NewsJson.Serialize(Sample(), indented: false);
        json.Should().Contain("\"published\":\"2024-03-07T14:31:00+03:30\"");
        json.Should().Contain("\"direction\":\"rtl\"");
        json.Should().Contain("\"type\":\"paragraph\"");
        json.Should().Contain("می\u200cشود");
        json.Should().Contain("\"modified\":null");
        json.Should().Contain("\"images\":[]");
    }

    [Fact]
    public void Lists_are_immutable_copies_with_value_equality()
    {
        var tags = new List<string> { "a" };
        var article = new Article { Tags = tags };
        tags.Add("b");
        article.Tags.Should().Equal("a");
        article.Should().Be(new Article { Tags = ["a"] });
        article.Should().NotBe(new Article { Tags = ["a", "b"] });
        article.SourceOf("title").Should().BeNull();
        Sample().SourceOf("title").Should().Be(FieldSource.SiteRule);
    }
}
