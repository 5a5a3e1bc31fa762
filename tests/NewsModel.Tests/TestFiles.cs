namespace NewsModel.Tests;

/// <summary>The real pages bundled in TestData/corpus (copied to the test output folder).</summary>
internal static class TestFiles
{
    /// <summary>The full path of a bundled file, e.g. <c>TestFiles.Path("persian", "articles", "isna-98030903723.html")</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", "corpus", .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(Path(parts));

    public static byte[] ReadBytes(params string[] parts) => File.ReadAllBytes(Path(parts));
}
