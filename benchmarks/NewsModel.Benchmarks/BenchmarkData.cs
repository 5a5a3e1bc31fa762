namespace NewsModel.Benchmarks;

/// <summary>Finds the real pages bundled with the repository (tests/NewsModel.Tests/TestData/corpus).</summary>
internal static class BenchmarkData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "tests", "NewsModel.Tests", "TestData", "corpus");
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from inside the NewsModel repository.");
    });

    /// <summary>The full path of a bundled file, e.g. <c>Path("persian", "articles", "isna-98030903723.html")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    /// <summary>The development corpus beside the repository (<c>../shared/corpus</c>), when present.</summary>
    public static string? SharedCorpus()
    {
        var repo = Directory.GetParent(Root.Value)!.Parent!.Parent!.Parent!.FullName;
        var shared = System.IO.Path.Combine(repo, "..", "shared", "corpus");
        return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
    }
}
