using System.Diagnostics;

namespace NewsModel.Tests.Cli;

/// <summary>
/// Runs the built tool in a process of its own, for commands that write to the console's standard streams
/// themselves (the in-process <see cref="ParseCommandTests.Invoke"/> captures only System.CommandLine's writers).
/// </summary>
internal static class CliProcess
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "NewsModel.Cli.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        psi.ArgumentList.Add(cli);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, output.Result, error.Result);
    }
}
