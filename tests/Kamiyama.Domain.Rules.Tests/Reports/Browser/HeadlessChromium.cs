using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Kamiyama.Domain.Rules.Tests.Reports.Browser;

/// <summary>
/// A real headless Chromium driven over the DevTools protocol (a WebSocket, no package): opens a page, evaluates
/// script in it, takes screenshots. Found as <c>$KAMIYAMA_CHROMIUM</c> or <c>chromium</c>, <c>chromium-browser</c>,
/// <c>google-chrome</c> on the PATH; <c>.ci/run</c> installs the Debian package <c>chromium</c>.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(90));
    private readonly List<JsonObject> _events = [];
    private int _nextId;

    private HeadlessChromium(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser's executable, or null when this machine has none.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("KAMIYAMA_CHROMIUM") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<HeadlessChromium> StartAsync(string executable, int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("kamiyama-chromium-");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--hide-scrollbars", "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            var endpoint = await browser.DevToolsEndpointAsync();
            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri(endpoint, "/json/list"), browser._timeout.Token))!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            await browser._socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), browser._timeout.Token);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a file and waits until it has loaded.</summary>
    public async Task OpenAsync(string file)
    {
        await SendAsync("Page.enable");
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri });
        while (!_events.Any(e => (string?)e["method"] == "Page.loadEventFired"))
        {
            await ReceiveAsync();
        }
    }

    /// <summary>Evaluates an expression in the page and returns its value (a JSON value).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"The page's script failed: {exception.ToJsonString()}");
        }

        return result["result"]!["value"]?.DeepClone();
    }

    /// <summary>Lays the page out as it prints (CSS <c>@media print</c>).</summary>
    public Task EmulatePrintAsync() => SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" });

    /// <summary>A PNG of the whole page, or of a rectangle of it (CSS pixels).</summary>
    public async Task<byte[]> ScreenshotAsync(double? x = null, double? y = null, double? width = null, double? height = null)
    {
        var parameters = new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true };
        if (x is not null)
        {
            parameters["clip"] = new JsonObject { ["x"] = x, ["y"] = y, ["width"] = width, ["height"] = height, ["scale"] = 1 };
        }

        var result = await SendAsync("Page.captureScreenshot", parameters);
        return Convert.FromBase64String((string)result["data"]!);
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }

        _process.Dispose();
        _timeout.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file the browser still writes; the temporary folder is the system's to clean.
        }
    }

    /// <summary>The <c>http://127.0.0.1:port</c> of the DevTools server, from the line Chromium prints on standard error.</summary>
    private async Task<Uri> DevToolsEndpointAsync()
    {
        var seen = new StringBuilder();
        while (await _process.StandardError.ReadLineAsync(_timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            const string Marker = "DevTools listening on ";
            if (line.IndexOf(Marker, StringComparison.Ordinal) is >= 0 and var at)
            {
                var socket = new Uri(line[(at + Marker.Length)..].Trim());
                _ = _process.StandardError.BaseStream.CopyToAsync(Stream.Null);
                return new Uri($"http://{socket.Host}:{socket.Port}");
            }
        }

        throw new InvalidOperationException($"Chromium exited without a DevTools endpoint:\n{seen}");
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, _timeout.Token);
        while (true)
        {
            var received = await ReceiveAsync();
            if ((int?)received["id"] == id)
            {
                return received["error"] is { } error
                    ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
                    : received["result"]!.AsObject();
            }
        }
    }

    private async Task<JsonObject> ReceiveAsync()
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(chunk, _timeout.Token);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);
        var message = JsonNode.Parse(buffer.ToArray())!.AsObject();
        if (message["method"] is not null)
        {
            _events.Add(message);
        }

        return message;
    }
}
