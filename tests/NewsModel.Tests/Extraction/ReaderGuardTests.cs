using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

public class ReaderGuardTests
{
    [Fact]
    public void A_reader_that_works_gives_its_value_and_no_diagnostic()
    {
        var diagnostics = new List<ParseDiagnostic>();
        ArticlePipeline.Guard(diagnostics, "the headline list reader", () => 42, 0).Should().Be(42);
        diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_reader_that_throws_gives_the_fallback_and_an_error_naming_it()
    {
        // The twelfth session's first header-line byline threw on a text node of bullets only: the caller of Parse got
        // the exception, not the article the other readers had found.
        var diagnostics = new List<ParseDiagnostic>();
        var ran = false;
        ArticlePipeline.Guard(diagnostics, "the visible page's reader", () =>
        {
            ran = true;
            throw new ArgumentOutOfRangeException("index");
        });

        ran.Should().BeTrue();
        var d = diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be("extractor.failed");
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Message.Should().StartWith("The visible page's reader stopped with ArgumentOutOfRangeException");
        ArticlePipeline.Guard<IReadOnlyList<HeadlineList>>(diagnostics, "the headline list reader", () => throw new InvalidOperationException(), []).Should().BeEmpty();
        diagnostics.Should().HaveCount(2);
    }

    [Fact]
    public void Cancellation_is_no_reader_failure_and_goes_through()
    {
        var diagnostics = new List<ParseDiagnostic>();
        var act = () => ArticlePipeline.Guard(diagnostics, "the site rule", () => throw new OperationCanceledException());
        act.Should().Throw<OperationCanceledException>();
        diagnostics.Should().BeEmpty();
    }
}
