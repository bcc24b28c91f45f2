using System.Diagnostics;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>
/// Renders a workbook as a user would see it printed: LibreOffice Calc converts it to PDF (Debian's
/// libreoffice-calc-nogui), poppler's pdfinfo counts its pages and pdftoppm rasterizes a page to a PPM image.
/// </summary>
public static class LibreOffice
{
    /// <summary>Why the rendering tests cannot run here (a tool missing), or null when they can.</summary>
    public static string? Missing { get; } = new[] { "soffice", "pdftoppm", "pdfinfo" }.FirstOrDefault(t => !OnPath(t)) is { } tool
        ? $"{tool} is not installed (apt-get install libreoffice-calc-nogui poppler-utils; .ci/run installs them)"
        : null;

    /// <summary>Converts <paramref name="xlsx"/> to a PDF beside it, with a profile of its own, and returns its path.</summary>
    public static string ToPdf(string xlsx)
    {
        var directory = Path.GetDirectoryName(xlsx)!;
        // A private profile: a second soffice on the machine (another test run) would otherwise take this one over.
        var profile = new Uri(Path.Combine(directory, "lo-profile")).AbsoluteUri;
        Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory, xlsx);
        var pdf = Path.ChangeExtension(xlsx, ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException($"soffice wrote no {pdf}.");
    }

    /// <summary>pdfinfo's answer for one field, such as "Pages" or "Page size".</summary>
    public static string Info(string pdf, string field) =>
        Run("pdfinfo", pdf).Split('\n').Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim() == field)
            .Select(p => p[1].Trim()).Single();

    /// <summary>Page <paramref name="page"/> (1-based) at <paramref name="dpi"/> as an image.</summary>
    public static PpmImage Page(string pdf, int page, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"page{page}");
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", number, "-l", number,
            "-singlefile", pdf, prefix);
        return PpmImage.Read(prefix + ".ppm");
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A bound, not a timing assertion: a hung converter fails the test instead of the run.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within 3 minutes.");
        }
        return process.ExitCode == 0 ? output.Result
            : throw new InvalidOperationException($"{tool} exited {process.ExitCode}: {error.Result}");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(d => d.Length > 0 && File.Exists(Path.Combine(d, tool)));
}
