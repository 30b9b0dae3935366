#:project ../src/Kamiyama.Domain/Kamiyama.Domain.csproj
#:property TreatWarningsAsErrors=false
#:property GenerateDocumentationFile=false

// A tour of the model on the bundled sample (上山市 令和4年度 chapter 5): run with `dotnet run samples/model-example.cs`.
using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Samples;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
var text = BundledSample.ReadText();
var header = text.Split('\n').First(line => line.Contains("実施計画兼予算要求書", StringComparison.Ordinal));
var year = FiscalYear.Parse(header.Split(' ')[0]);
Console.WriteLine($"{BundledSample.FileName}: {year} = FY{year.StartYear}, {year.Start:uuuu-MM-dd} – {year.End:uuuu-MM-dd}");
Console.WriteLine($"  also written {year:A}, {year:N}, {year:Y}; 平成31年度 is {FiscalYear.Parse("平成31年度")}");

var measure = PlanCode.Parse("５－１－１");
Console.WriteLine($"施策 {measure}: chapter {measure.Chapter}, policy {measure.Parent}");

var target = IndicatorValue.Parse("17.0 %");
var actual = IndicatorValue.Parse("18.4 %");
Console.WriteLine($"目標 {target} / 実績 {actual}: 達成率 {AchievementRate.Compute(target, actual, IndicatorDirection.HigherIsBetter)}");

var budget = Money.ReadThousandYen("7,392").Value;
var spent = Money.ReadThousandYen("2,316").Value;
Console.WriteLine($"事業費 {budget} budgeted, {spent} spent: {spent.RatioTo(budget):P1} executed");
Console.WriteLine($"予算科目 {BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・06企画費").Division} is standard 款 {BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・06企画費").StandardDivision?.Code}");
