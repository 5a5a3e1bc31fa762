using System.CommandLine;
using System.Text;

namespace NewsModel.Cli;

/// <summary>The <c>newsmodel</c> tool: one command per file, each calling the library's public API only.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var root = new RootCommand("NewsModel: news pages to typed data (Persian first).");
        // Each command registers itself here, one line each.
        root.Subcommands.Add(DateCommand.Create());
        root.Subcommands.Add(NormalizeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(BatchCommand.Create());
        root.Subcommands.Add(HeadlinesCommand.Create());
        return root.Parse(args).Invoke();
    }
}
