using Kamiyama.Domain.Rules.Reports;
using Kamiyama.Domain.Rules.Tests.BuiltIn;
using Kamiyama.Domain.TextLayout;

namespace Kamiyama.Domain.Rules.Tests.Reports.Browser;

/// <summary>
/// The sample's HTML report in a real headless Chromium: the page is laid out as a council member sees it (the
/// summary's lists, each chart's bars drawn, short bars left of the 100 % line and met ones across it), and the
/// screenshot is not blank and has the charts' colours. The screenshots are kept in <c>$KAMIYAMA_SCREENSHOTS</c>
/// (CI keeps <c>TestResults/screenshots</c>). Skipped on a machine without Chromium, but never in CI, where
/// <c>.ci/run</c> installs it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class HtmlInBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kamiyama-html-");

    public void Dispose() => _folder.Delete(recursive: true);

    [SkippableFact]
    public async Task SampleReport_RendersItsSummaryAndCharts()
    {
        var chromium = HeadlessChromium.Find();
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must have Chromium: .ci/run installs the Debian package chromium.");
            Skip.If(true, "No Chromium on this machine (install the Debian package chromium, or set KAMIYAMA_CHROMIUM).");
        }

        var file = Path.Combine(_folder.FullName, "report.html");
        await File.WriteAllTextAsync(file, HtmlReport.Write(SampleFindingsTests.Run(), TextSheetSource.Bundled().Read().Document));
        await using var browser = await HeadlessChromium.StartAsync(chromium!, 1100, 1400);
        await browser.OpenAsync(file);

        var layout = (await browser.EvaluateAsync(LayoutScript))!.AsObject();

        Assert.Equal("令和4年度 施策・事業評価の点検結果", (string?)layout["title"]);
        Assert.Equal(2, (int)layout["shortfall"]!);
        Assert.Equal(5, (int)layout["unspent"]!);
        var achievement = layout["achievement"]!.AsObject();
        var target = (double)achievement["target"]!;
        var bars = achievement["bars"]!.AsArray().Select(b => (Achieved: (bool)b!["achieved"]!, Left: (double)b["left"]!, Right: (double)b["right"]!, Height: (double)b["height"]!)).ToList();
        Assert.Equal(8, bars.Count);
        Assert.All(bars, b => Assert.True(b.Height > 4 && b.Right > b.Left, $"a bar of {b.Right - b.Left}×{b.Height} px"));
        Assert.All(bars.Where(b => !b.Achieved), b => Assert.True(b.Right < target - 1, $"a short bar ends at {b.Right}, the 100 % line is at {target}"));
        Assert.All(bars.Where(b => b.Achieved), b => Assert.True(b.Right >= target - 1, $"a met bar ends at {b.Right}, the 100 % line is at {target}"));
        Assert.Equal(9, (int)layout["budgetBars"]!);
        Assert.True((int)layout["findingBars"]! > 0);
        Assert.Equal(0, (int)layout["overflowing"]!);

        // Text people must read has at least WCAG's 4.5:1 contrast against what is behind it.
        var pairs = (await browser.EvaluateAsync(ContrastScript))!.AsArray();
        Assert.True(pairs.Count >= 6, $"{pairs.Count} elements measured");
        Assert.All(pairs, p =>
        {
            var ratio = Contrast((string)p!["fg"]!, (string)p["bg"]!);
            Assert.True(ratio >= 4.5, $"{p["what"]}: {p["fg"]} on {p["bg"]} is {ratio:0.00}:1");
        });

        var screenshot = await browser.ScreenshotAsync();
        Keep("html-report.png", screenshot);
        var page = Png.Read(screenshot);
        Assert.True(page.Width >= 1000 && page.Height >= 1400, $"a screenshot of {page.Width}×{page.Height}");
        var chart = achievement["box"]!.AsObject();
        var drawn = Png.Read(await browser.ScreenshotAsync((double)chart["x"]!, (double)chart["y"]!, (double)chart["width"]!, (double)chart["height"]!));
        var (ink, green, red) = Colours(drawn);
        Assert.True(ink > 0.05, $"the achievement chart is {ink:P1} ink");
        Assert.True(green > 0.01, $"the met bars (#1a7f37) cover {green:P2} of the chart");
        Assert.True(red > 0.002, $"the short bars (#c62828) cover {red:P2} of the chart");

        // Printed, the page drops its navigation and shows the charts' data tables.
        await browser.EmulatePrintAsync();
        var printed = (await browser.EvaluateAsync(PrintScript))!.AsObject();
        Assert.Equal("none", (string?)printed["nav"]);
        Assert.True((int)printed["tablesShown"]! >= 3, $"{printed["tablesShown"]} chart tables shown in print");
    }

    private const string ContrastScript = """
        (() => {
          const background = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
          const of = (what, e, svg) => e ? [{ what, fg: svg ? getComputedStyle(e).fill : getComputedStyle(e).color, bg: svg ? 'rgb(255, 255, 255)' : background(e) }] : [];
          return [
            ...of('body text', document.querySelector('main p, header p')),
            ...of('an error finding', document.querySelector('li.finding.error')),
            ...of('a warning finding', document.querySelector('li.finding.warning')),
            ...of('a short rate', document.querySelector('td.short')),
            ...of('an unspent rate', document.querySelector('td.unspent')),
            ...of('a link', document.querySelector('#shortfall a')),
            ...of('a short bar\'s value', document.querySelector('#chart-achievement a[data-achieved=false] text.value'), true),
            ...of('a met bar\'s value', document.querySelector('#chart-achievement a[data-achieved=true] text.value'), true),
            ...of('an unspent bar\'s value', document.querySelector('#chart-budget a[data-unspent=true] text.value'), true),
            ...of('a chart label', document.querySelector('#chart-budget text.label'), true),
          ];
        })()
        """;

    private const string PrintScript = """
        ({
          nav: getComputedStyle(document.querySelector('nav')).display,
          tablesShown: [...document.querySelectorAll('figure.chart details table')].filter(t => t.getBoundingClientRect().height > 0).length,
        })
        """;

    /// <summary>WCAG 2's contrast ratio of two CSS colours, <c>rgb(r, g, b)</c>.</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string css)
        {
            var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)].Split(',').Take(3)
                .Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
        }

        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    /// <summary>What the page laid out, measured in the page.</summary>
    private const string LayoutScript = """
        (() => {
          const box = e => { const r = e.getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height, left: r.left, right: r.right }; };
          const svg = document.querySelector('#chart-achievement svg');
          const bars = [...svg.querySelectorAll('a.bar-row')].map(a => {
            const r = box(a.querySelector('rect.bar'));
            return { achieved: a.dataset.achieved === 'true', left: r.left, right: r.right, height: r.height };
          });
          const drawn = sel => [...document.querySelectorAll(sel)].filter(r => { const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length;
          const overflowing = [...document.querySelectorAll('svg text')].filter(t => t.getBoundingClientRect().right > t.ownerSVGElement.getBoundingClientRect().right + 1).length;
          return {
            title: document.title,
            shortfall: document.querySelectorAll('#shortfall li').length,
            unspent: document.querySelectorAll('#unspent li').length,
            achievement: { target: svg.querySelector('line.target').getBoundingClientRect().left, bars, box: box(svg) },
            budgetBars: drawn('#chart-budget rect.bar'),
            findingBars: drawn('#chart-findings rect.bar'),
            overflowing,
          };
        })()
        """;

    /// <summary>The share of pixels that are not white, and of those near the met and the short colours.</summary>
    private static (double Ink, double Green, double Red) Colours(Png png)
    {
        int ink = 0, green = 0, red = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var (r, g, b) = png[x, y];
                ink += r < 245 || g < 245 || b < 245 ? 1 : 0;
                green += Near((r, g, b), (0x1a, 0x7f, 0x37)) ? 1 : 0;
                red += Near((r, g, b), (0xc6, 0x28, 0x28)) ? 1 : 0;
            }
        }

        double all = png.Width * png.Height;
        return (ink / all, green / all, red / all);
    }

    private static bool Near((byte R, byte G, byte B) a, (int R, int G, int B) b) =>
        Math.Abs(a.R - b.R) <= 12 && Math.Abs(a.G - b.G) <= 12 && Math.Abs(a.B - b.B) <= 12;

    private static void Keep(string name, byte[] png)
    {
        var folder = Environment.GetEnvironmentVariable("KAMIYAMA_SCREENSHOTS") is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), png);
    }
}
