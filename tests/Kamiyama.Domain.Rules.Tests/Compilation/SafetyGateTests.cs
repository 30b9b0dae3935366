using Kamiyama.Domain.Rules.Compilation;

namespace Kamiyama.Domain.Rules.Tests.Compilation;

public sealed class SafetyGateTests : IDisposable
{
    private const string File = "rules/gate.csx";
    private readonly TempCache _cache = new();

    public void Dispose() => _cache.Dispose();

    [Theory]
    [InlineData("var text = System.IO.File.ReadAllText(\"x\");", "System.IO.File.ReadAllText is not allowed in rules: it reads or writes files.")]
    [InlineData("System.Diagnostics.Process.Start(\"ls\");", "System.Diagnostics.Process.Start is not allowed in rules: processes and diagnostics.")]
    [InlineData("var home = Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment.GetEnvironmentVariable is not allowed in rules: environment access.")]
    [InlineData("var assembly = subject.GetType().Assembly;", "System.Object.GetType is not allowed in rules: reflection.")]
    [InlineData("var assembly = subject.GetType().Assembly;", "System.Type.Assembly is not allowed in rules: reflection.")]
    [InlineData("var properties = typeof(Indicator).GetProperties();", "System.Type.GetProperties is not allowed in rules: reflection.")]
    [InlineData("var made = Activator.CreateInstance(typeof(Indicator));", "System.Activator.CreateInstance is not allowed in rules: reflection.")]
    [InlineData("var now = DateTime.Now;", "System.DateTime.Now is not allowed in rules: it reads the clock; rules must be deterministic.")]
    [InlineData("var now = DateTimeOffset.UtcNow;", "System.DateTimeOffset.UtcNow is not allowed in rules: it reads the clock; rules must be deterministic.")]
    [InlineData("var clock = System.Diagnostics.Stopwatch.StartNew();", "System.Diagnostics.Stopwatch.StartNew is not allowed in rules: it reads the clock; rules must be deterministic.")]
    [InlineData("var now = NodaTime.SystemClock.Instance.GetCurrentInstant();", "NodaTime.SystemClock.Instance is not allowed in rules: it reads the clock; rules must be deterministic.")]
    [InlineData("var dice = new Random().Next();", "new System.Random is not allowed in rules: it is random; rules must be deterministic.")]
    [InlineData("var id = Guid.NewGuid();", "System.Guid.NewGuid is not allowed in rules: it is random; rules must be deterministic.")]
    [InlineData("dynamic d = subject;", "dynamic is not allowed in rules: dynamic binding escapes the safety gate.")]
    [InlineData("Console.WriteLine(subject.Name);", "System.Console.WriteLine is not allowed in rules: console input and output.")]
    [InlineData("var r = new Regex(\"x\");", "new System.Text.RegularExpressions.Regex is not allowed in rules: use RulePattern, whose matches run within the rule's time budget.")]
    [InlineData("var ok = Regex.IsMatch(subject.Name, \"x\", RegexOptions.None, TimeSpan.FromSeconds(1));", "System.Text.RegularExpressions.Regex.IsMatch is not allowed in rules: use RulePattern, whose matches run within the rule's time budget.")]
    [InlineData("System.Threading.Tasks.Task.Run(() => { });", "System.Threading.Tasks.Task.Run is not allowed in rules: threads, tasks and timers.")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "new System.Threading.Thread is not allowed in rules: threads, tasks and timers.")]
    [InlineData("GC.Collect();", "System.GC.Collect is not allowed in rules: garbage collector control.")]
    [InlineData("var same = string.Intern(subject.Name);", "System.String.Intern is not allowed in rules: it adds to a table the whole process shares, for as long as it runs.")]
    [InlineData("var domain = AppDomain.CurrentDomain;", "System.AppDomain.CurrentDomain is not allowed in rules: application domain access.")]
    [InlineData("var source = Kamiyama.Domain.Json.JsonSheetSource.FromFile(\"x\");", "Kamiyama.Domain.Json.JsonSheetSource.FromFile is not allowed in rules: it reads or writes files.")]
    [InlineData("var other = Kamiyama.Domain.Rules.Compilation.RuleLoader.LoadDirectory(\"x\");", "Kamiyama.Domain.Rules.Compilation.RuleLoader.LoadDirectory is not allowed in rules: rules cannot load, configure or run rules.")]
    [InlineData("var culture = System.Globalization.CultureInfo.CurrentCulture;", "System.Globalization.CultureInfo.CurrentCulture is not allowed in rules")]
    [InlineData("Func<int> f = () => 1; var method = f.Method;", "System.Delegate.Method is not allowed in rules: reflection.")]
    [InlineData("goto end; end: return;", "goto is not allowed in rules")]
    [InlineData("try { } catch { }", "catch without a type is not allowed in rules")]
    [InlineData("try { } catch (Exception) { }", "catch (System.Exception) is not allowed in rules")]
    [InlineData("lock (subject) { }", "lock is not allowed in rules: threads, tasks and timers.")]
    public void Load_RefusedApi_ReportsKrl002AtTheCallNamingIt(string statement, string message)
    {
        var result = Load(RuleText.Rule("Gate", "KMY930", "        " + statement));

        Assert.Null(result.RuleSet);
        var refusal = Assert.Single(result.Diagnostics, d => d.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal("KRL002", refusal.Code);
        Assert.Equal((File, 13), (refusal.Position!.Value.File, refusal.Position!.Value.Line));
        Assert.True(refusal.Position!.Value.Column > 8, refusal.ToString());
    }

    [Theory]
    [InlineData("        unsafe { }", "unsafe is not allowed in rules: unsafe code.")]
    [InlineData("#r \"System.IO.dll\"", "#r is not allowed in rules: a rule cannot reference assemblies")]
    [InlineData("#load \"other.csx\"", "#load is not allowed in rules: a rule cannot include other files")]
    public void Load_RefusedConstruct_ReportsKrl002EvenWhenRoslynAlsoErrs(string line, string message)
    {
        var result = Load(RuleText.Rule("Gate", "KMY931", line));

        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "KRL002");
        Assert.StartsWith(message, refusal.Message, StringComparison.Ordinal);
        Assert.Equal((File, 13), (refusal.Position!.Value.File, refusal.Position!.Value.Line));
    }

    [Theory]
    [InlineData("[System.Runtime.InteropServices.DllImport(\"libc\")] private static extern int getpid();", "native interop")]
    [InlineData("~Gate() { }", "A finalizer is not allowed in rules: it runs outside the rule's time limit.")]
    [InlineData("private System.IO.Stream? _stream;", "System.IO.Stream is not allowed in rules: it reads or writes files.")]
    [InlineData("private async System.Threading.Tasks.Task WaitAsync() => await System.Threading.Tasks.Task.Delay(1);", "threads, tasks and timers")]
    public void Load_RefusedMember_ReportsKrl002(string member, string message)
    {
        var result = Load(RuleText.Rule("Gate", "KMY932", "        return;", members: "    " + member));

        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.Contains(message, StringComparison.Ordinal) && d.Position!.Value.Line == 15);
    }

    [Theory]
    [InlineData("using static System.IO.File;", "System.IO.File is not allowed in rules: it reads or writes files.")]
    [InlineData("using Env = System.Environment;", "System.Environment is not allowed in rules: environment access.")]
    public void Load_RefusedTypeInAUsingDirective_ReportsKrl002AtTheDirective(string directive, string message)
    {
        var result = Load(directive + "\n" + RuleText.Rule("Gate", "KMY934", "        return;"));

        var refusal = Assert.Single(result.Diagnostics, d => d.Code == "KRL002");
        Assert.Equal(message, refusal.Message);
        Assert.Equal(1, refusal.Position!.Value.Line);
    }

    [Fact]
    public void Load_ModuleInitializer_IsRefused_BecauseItWouldRunUnguardedAtLoad()
    {
        var result = Load(RuleText.Rule("Gate", "KMY935", "        return;", members: "    [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }"));

        Assert.Contains(result.Diagnostics, d => d.Code == "KRL002" && d.Message.StartsWith("System.Runtime.CompilerServices.ModuleInitializerAttribute", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Stackalloc_IsRefused()
    {
        var result = Load(RuleText.Rule("Gate", "KMY936", "        Span<byte> buffer = stackalloc byte[100_000_000];"));

        Assert.Equal("rules/gate.csx(13,29): error KRL002: stackalloc is not allowed in rules: a large one ends the process with a stack overflow.", Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("var ok = new RulePattern(\"回数$\", RegexOptions.None).IsMatch(subject.Name);")]
    [InlineData("var r = new RulePattern(\"(回)\"); var m = r.Match(subject.Name); var g = m.Success ? m.Group(1) : RulePattern.Escape(\"?\");")]
    [InlineData("var names = context.Document?.Sheets.SelectMany(s => s.Indicators).Where(i => i.Kind == IndicatorKind.Activity).Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();")]
    [InlineData("var names = from s in context.Document!.Sheets from i in s.Indicators group i by i.Kind into g select g.Key;")]
    [InlineData("var start = new LocalDate(2022, 4, 1).PlusDays(10); var period = Period.Between(start, new LocalDate(2023, 3, 31)); var text = start.ToString(\"uuuu-MM-dd\", System.Globalization.CultureInfo.InvariantCulture);")]
    [InlineData("var sb = new StringBuilder(); sb.Append(subject.Name.Trim()).Append(Math.Max(1, 2)).Append(char.IsDigit('1')); var text = sb.ToString();")]
    [InlineData("var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [\"a\"] = 1 }; foreach (var (key, value) in counts) { _ = key.Length + value; }")]
    [InlineData("var number = subject.Target.Number ?? 0m; var pair = (number, decimal.Round(number, 2)); _ = pair.number.ToString(System.Globalization.CultureInfo.InvariantCulture);")]
    [InlineData("if (subject.Name.Length > 100) { throw new InvalidOperationException(\"too long\"); }")]
    [InlineData("var hash = subject.GetHashCode() + subject.ToString().Length; _ = subject.Equals(subject); _ = nameof(System.IO.File);")]
    [InlineData("try { _ = int.Parse(\"x\", System.Globalization.CultureInfo.InvariantCulture); } catch (FormatException) { }")]
    [InlineData("var rate = subject.AchievementRate; var unit = Unit.Times; var kind = subject.Kind switch { IndicatorKind.Activity => 1, _ => 2 }; var year = new DateTime(2022, 4, 1).Year;")]
    [InlineData("var ids = context.Rule.Placeholders.ToHashSet(); var nested = new List<List<int>> { new() { 1 } }; var array = new[] { 1, 2 }.Sum();")]
    public void Load_AllowedApis_LoadWithoutRefusal(string statement)
    {
        var result = Load(RuleText.Rule("Allowed", "KMY933", "        " + statement));
        using var rules = result.RuleSet;

        Assert.True(result.Success, result.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "KRL002");
    }

    private RuleLoadResult Load(string text) => RuleLoader.Load([RuleText.Source(File, text)], _cache.Options);
}
