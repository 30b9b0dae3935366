using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Planning;
using Kamiyama.Domain.Sheets;
using Kamiyama.Domain.Time;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Sample;

/// <summary>
/// The bundled sample (上山市 令和4年度, 第5章, samples/kaminoyama-r4-chapter5.txt) written out by hand, value by value,
/// so that tests of the model do not depend on any reader. Line numbers in the comments are lines of the sample.
/// Every call builds fresh instances, so two builds are equal only through the model's value equality.
/// </summary>
internal static class KaminoyamaSample
{
    /// <summary>The whole document: six 施策 sheets and nine 事業 sheets, in document order.</summary>
    public static EvaluationDocument Build() => new(
        new FiscalYear(2022),
        [
            Measure_5_1_1(),
            地域おこし協力隊推進事業費(),
            まちづくり推進事業費(),
            Measure_5_2_1(),
            総務一般管理費(),
            総務一般管理費_繰越(),
            Measure_5_3_1(),
            人権啓発活動事業費(),
            Measure_5_3_2(),
            Measure_5_4_1(),
            国際交流推進費(),
            海の子山の子交歓会事業費(),
            上山型温泉クアオルト事業費(),
            Measure_5_5_1(),
            移住推進事業費(),
        ]);

    private static PlanItem Chapter5 => new(new PlanCode(5), "つながる『みんなで創る住みよいまち』");

    private static PlanItem Item(string code, string title) => new(PlanCode.Parse(code), title);

    // Lines 3–52.
    private static MeasureSheet Measure_5_1_1() => new()
    {
        Department = new Department("市政戦略課"),
        Chapter = Chapter5,
        Policy = Item("5-1", "みんなが主役のまちづくりを推進します"),
        Measure = Item("5-1-1", "多様な担い手が参画するまちづくりの推進"),
        Strategy = StrategyLink.Parse("2 かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進"),
        Purposes =
        [
            new SheetItem(1, "行政と市民の役割を明確にし、各種コミュニティ団体等の公共の担い手を育成・支援します。また、まちづくり・地域おこし活動に積極的に取り組む意欲のある者を、本市に招き入れ、地域の活性化を図ります。"),
        ],
        Goals =
        [
            new SheetItem(1, "行政と市民等の役割の浸透", ["市民ニーズを把握し計画に反映させるため、市民意識調査や広報活動等を行います。これにより、地域の各主体（市民、地域・団体、事業者、行政）が自分たちの計画と捉え、主体的に事業に取り組む風土を醸成します。"]),
            new SheetItem(2, "公共の担い手の確保と育成", ["市民活動の支援を行うとともに、NPO法人やボランティア団体の育成等を促進します。これにより、行政では手が届きにくい新たな公共的サービスの担い手を確保・育成していきます。また、個々の知見や特性を活かし、地域活動の維持や強化を図るため、都市部に住む人材を地域おこし協力隊として受け入れ、新たな視点や発想で各種事業を発展させていきます。"]),
        ],
        Results =
        [
            new SheetItem(1, "行政と市民等の役割の浸透", ["(1) 第7次上山市振興計画の検証として、外部検証組織である上山市振興計画推進会議による検証実施とその結果を計画変更や次年度予算等に反映させ、PDCAサイクルを構築しました。また、市民ニーズの把握及び計画の目標値に係る進捗管理のため市民意識調査を実施しました。"]),
            new SheetItem(2, "公共の担い手の確保と育成", ["(1) 市内NPO法人に対して適正な事務手続きの指導及び助言を行いました。"]),
        ],
        Outcomes =
        [
            new Indicator("第7次上山市振興計画の市民浸透度", IndicatorKind.Outcome, IndicatorValue.Of(17.0m, Unit.Percent), IndicatorValue.Of(18.4m, Unit.Percent), IndicatorValue.Of(18.0m, Unit.Percent)),
            new Indicator("NPO法人数", IndicatorKind.Outcome, IndicatorValue.Of(17m, Unit.Organization), IndicatorValue.Of(17m, Unit.Organization), IndicatorValue.Of(18m, Unit.Organization)),
        ],
        Reason = "毎年継続的に実施してきた市民アンケートに加え、様々な機会を捉え第7次上山市振興計画の浸透を図ったため、振興計画の市民浸透度については目標を上回ったと考えられます。",
        FutureActions = "引き続き、取組内容を周知するとともに、各課の事業実施にあたっては、計画の位置付け等について説明するよう全庁的な取組を促してまいります。",
    };

    // Lines 54–79.
    private static ProjectSheet 地域おこし協力隊推進事業費() => new()
    {
        Department = new Department("市政戦略課"),
        Name = "地域おこし協力隊推進事業費",
        Account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・06企画費"),
        Measures = [Item("5-1-1", "多様な担い手が参画するまちづくりの推進")],
        Strategy = StrategyLink.Parse("2 かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進"),
        Overview = "地域おこしに興味のある人材を大都市圏から受け入れ新たな発想で、地域活性化活動を促進します。 ①空き家対策事業（令和4年度採用 新隊員1名）",
        Purpose = "地方の暮らしに興味を持ち、地域おこし活動に意欲のある都市部の人材を地域社会の新たな担い手として積極的に受け入れ、新たな視点により、本市の自然・文化・人材を再発見し、地域資源の活用や地域振興策を提案実施してもらうことで地域力の維持及び強化を図るため。",
        Goal = new Indicator(
            "本市の地域おこし協力隊の活動が注目されている状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("採用希望者からの問合せが多数ある状態"),
            new IndicatorValue.Statement("新型コロナウイルス感染拡大の影響で対面での募集活動を行うことができませんでしたが、採用希望者8名からの応募がありました。"),
            new IndicatorValue.Statement("採用希望者からの問合せが多数ある状態")),
        Activities =
        [
            new Indicator("募集に係るフェア等への参加回数", IndicatorKind.Activity, IndicatorValue.Of(6m, Unit.Times), IndicatorValue.Of(0m, Unit.Times), IndicatorValue.Of(6m, Unit.Times)),
        ],
        Cost = new CostLine(Money.FromThousandYen(980), Money.FromThousandYen(165), Money.FromThousandYen(6317)),
        Staff = new StaffLine(new PersonYears(1m), new PersonYears(1m), new PersonYears(1m)),
        Reason = "新型コロナウイルス感染症拡大の影響によって、募集に係るフェア等が開催されなかったため、実績はありませんでした。また、採用にかかる面接もリモートにて実施したため、事業費も減となりました。",
        FutureActions = "本市の地域おこし協力隊に多くの方が興味を持ってもらえるよう、本市の魅力や業務内容の発信のため、オンラインに加え、対面でのイベント参加や情報発信を積極的に実施してまいります。",
    };

    // Lines 81–104.
    private static ProjectSheet まちづくり推進事業費() => new()
    {
        Department = new Department("市政戦略課"),
        Name = "まちづくり推進事業費",
        Account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・06企画費"),
        Measures = [Item("5-1-1", "多様な担い手が参画するまちづくりの推進")],
        Strategy = StrategyLink.None,
        Overview = "地域の課題解決や活性化を図るために、市民や団体等が実施する公益増進に資する活動に対し、コミュニティ助成事業補助金を交付し支援することで、まちづくり事業を推進します。",
        Purpose = "市民や各地域における自主的な活動を支援することで地域の活性化を図るため。",
        Goal = new Indicator(
            "市民や地域による主体的で公益的な活動が実践されている状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("コミュニティ助成事業補助金事業により市民・地域による主体的で公益的な活動が実践された状態"),
            new IndicatorValue.Statement("コミュニティ助成事業補助金事業により市民・地域による主体的で公益的な活動が実践されました。"),
            new IndicatorValue.Statement("コミュニティ助成事業補助金事業により市民・地域による主体的で公益的な活動が実践された状態")),
        Activities =
        [
            new Indicator("コミュニティ助成事業補助金の募集周知回数", IndicatorKind.Activity, IndicatorValue.Of(1m, Unit.Times), IndicatorValue.Of(1m, Unit.Times), IndicatorValue.Of(1m, Unit.Times)),
        ],
        Cost = new CostLine(Money.FromThousandYen(5300), Money.FromThousandYen(5300), Money.FromThousandYen(5300)),
        Staff = new StaffLine(new PersonYears(0.5m), new PersonYears(0.5m), new PersonYears(0.5m)),
        Reason = string.Empty, // line 100: the 理由 heading is followed directly by the next heading
        FutureActions = "引き続き、コミュニティ助成事業補助金の周知を図り市民や地域の自主的な活動を支援してまいります。なお、当該事業については、事業規模も小さいことから、他の事業との統合も検討してまいります。",
    };

    // Lines 106–145.
    private static MeasureSheet Measure_5_2_1() => new()
    {
        Department = new Department("庶務課"),
        Chapter = Chapter5,
        Policy = Item("5-2", "地域の自治活動を活性化します"),
        Measure = Item("5-2-1", "地域自治活動の育成"),
        Strategy = StrategyLink.None,
        Purposes =
        [
            new SheetItem(1, "情報提供等の支援、地域間交流と連携により、市全体の地域自治活動の活性化を目指します。"),
        ],
        Goals =
        [
            new SheetItem(1, "地域自治活動に関する情報提供等の支援と地域間交流の推進", ["地区会は、ふれあい活動、環境整備、福祉活動等を通して、地域での支え合いや地域の連帯感を高め、地域課題の解決に努めており、住み良い地域をつくる上で、住民にもっとも身近な組織です。地区会に対する理解を促すため、市報等に地域自治活動レポートを掲載し、多様な活動を紹介しながら、地区会の役割、仕組み及び活動等を明確にします。また、市全体の地域自治活動の活性化に向けて、地域の実情に応じた地区会運営と特性を活かした地域自治活動づくりを支援します。"]),
        ],
        Results =
        [
            new SheetItem(1, "地域自治活動に関する情報提供等の支援と地域間交流の推進", ["(1) 地区会長会の会議において、地域間交流・連携を促しました。"]),
        ],
        Outcomes =
        [
            new Indicator("地域間交流地区数", IndicatorKind.Outcome, IndicatorValue.Of(16m, Unit.District), IndicatorValue.Of(40m, Unit.District), IndicatorValue.Of(17m, Unit.District)),
        ],
        Reason = "市内の地域間交流の事例を全地区会長に情報提供したことにより、各地区から事例があがりやすくなり、目標16地区に対して実績は40地区となりました。",
        FutureActions = "市全体の地域自治活動を活性化するため、地区会長会の会議等において地域間交流と連携を促していきます。",
    };

    // Lines 147–173.
    private static ProjectSheet 総務一般管理費() => new()
    {
        Department = new Department("庶務課"),
        Name = "総務一般管理費",
        Account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・01一般管理費"),
        Measures = [Item("5-2-1", "地域自治活動の育成"), Item("6-2-1", "効率的な行政運営の推進")], // both in one cell, line 150
        Strategy = StrategyLink.None,
        Overview = "各種委員への報酬の支払い、地区会長への表彰状や記念品の贈呈等を実施し、地域自治活動の支援や各審議会・委員会等の健全な運営を行います。電話交換機及び電子複写機の効果的な運用を実施し、効率的な事務運営を継続します。",
        Purpose = "地域特性に応じた自治活動等を支援し、自治意識の向上を図るため。個人情報に適切に取扱い、市保有の個人情報の開示等を請求する権利を明らかにするため。",
        Goal = new Indicator(
            "多様で健全な地域自治活動等が営まれている状態 個人情報の適正な取扱いがなされている状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("多様で健全な自治活動等が営まれている状態 個人情報の適正な取扱いがされている状態"),
            new IndicatorValue.Statement("多様で健全な自治活動が営まれました。個人情報を適正に取り扱いました。"),
            new IndicatorValue.Statement("多様で健全な自治活動等が営まれている状態 個人情報の適正な取扱いがされている状態")),
        Activities =
        [
            new Indicator("市会長会役員会・懇談会等の開催回数", IndicatorKind.Activity, IndicatorValue.Of(8m, Unit.Times), IndicatorValue.Of(8m, Unit.Times), IndicatorValue.Of(8m, Unit.Times)),
            new Indicator("個人情報保護運営審議会開催回数", IndicatorKind.Activity, IndicatorValue.Of(3m, Unit.Times), IndicatorValue.Of(1m, Unit.Times), IndicatorValue.Of(3m, Unit.Times)),
        ],
        Cost = new CostLine(Money.FromThousandYen(30990), Money.FromThousandYen(29855), Money.FromThousandYen(31050)),
        Staff = new StaffLine(new PersonYears(0.8m), new PersonYears(0.8m), new PersonYears(0.8m)),
        Reason = "個人情報保護運営審議会は、審議事項がなく、年1回の定例的な開催にとどまりました。",
        FutureActions = "引き続き、地域自治活動を支援し、自治意識の向上を図るとともに個人情報の適正な取扱いを行います。",
    };

    // Lines 175–196: the carried-over part. Its 目標 and 活動指標 rows are empty, and its cost and staff rows are shifted
    // one cell to the right (the label sits in the name column).
    private static ProjectSheet 総務一般管理費_繰越() => new()
    {
        Department = new Department("庶務課"),
        Name = "総務一般管理費",
        IsCarriedOver = true,
        Account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・01一般管理費"),
        Measures = [Item("5-2-1", "地域自治活動の育成"), Item("6-2-1", "効率的な行政運営の推進")],
        Strategy = StrategyLink.None,
        Overview = "各種委員への報酬の支払い、地区会長への表彰状や記念品の贈呈等を実施し、地域自治活動の支援や各審議会・委員会等の健全な運営を行います。電話交換機及び電子複写機の効果的な運用を実施し、効率的な事務運営を継続します。",
        Purpose = "地域特性に応じた自治活動等を支援し、自治意識の向上を図るため。個人情報に適切に取扱い、市保有の個人情報の開示等を請求する権利を明らかにするため。",
        Goal = null,
        Activities = [],
        Cost = new CostLine(Money.FromThousandYen(2550), Money.FromThousandYen(652), Figure<Money>.NotApplicable),
        Staff = new StaffLine(new PersonYears(0.8m), new PersonYears(0.8m), Figure<PersonYears>.NotApplicable),
        Reason = string.Empty,
        FutureActions = string.Empty,
    };

    // Lines 198–236.
    private static MeasureSheet Measure_5_3_1() => new()
    {
        Department = new Department("福祉課"),
        Chapter = Chapter5,
        Policy = Item("5-3", "支え尊重し合う地域社会を実現します"),
        Measure = Item("5-3-1", "人権が尊重される社会の実現"),
        Strategy = StrategyLink.None,
        Purposes =
        [
            new SheetItem(1, "人権擁護委員の活動を支援しながら人権啓発活動を推進します。"),
        ],
        Goals =
        [
            new SheetItem(1, "人権擁護委員の活動支援", ["小・中学校や福祉施設等における啓発事業、相談事業を実施している人権擁護委員の活動を支援しながら、市民の人権を尊重する意識を高めます。"]),
        ],
        Results =
        [
            new SheetItem(1, "人権擁護委員の活動支援", ["(1) 人権擁護委員上市市部会に対する補助金の交付、啓発活動の際の連絡調整等、人権擁護委員と連絡を取りながら活動を支援し人権啓発活動を推進しました。例年市内小中学校を巡回して行っている人権の花運動は、上山小学校、中川小学校、南中学校で実施しました。"]),
        ],
        Outcomes =
        [
            new Indicator("人権擁護委員による市内の啓発・相談回数", IndicatorKind.Outcome, IndicatorValue.Of(15m, Unit.Times), IndicatorValue.Of(17m, Unit.Times), IndicatorValue.Of(15m, Unit.Times)),
        ],
        Reason = string.Empty, // line 232: no 理由 although 17回 differs from 15回
        FutureActions = "人権擁護委員と連携しながら、人権を尊重する活動を継続していきます。",
    };

    // Lines 238–261.
    private static ProjectSheet 人権啓発活動事業費() => new()
    {
        Department = new Department("福祉課"),
        Name = "人権啓発活動事業費",
        Account = BudgetAccount.Parse("01一般会計・03民生費・01社会福祉費・01社会福祉総務費"),
        Measures = [Item("5-3-1", "人権が尊重される社会の実現")],
        Strategy = StrategyLink.None,
        Overview = "山形人権擁護委員協議会、人権擁護委員協議会上山支部に補助金を交付します。花の肥培管理を通し、児童生徒の人権意識の向上と地域への啓発を目的として、市内小中学校3校へ希望する花苗・種子等の購入代金を補助し、人権擁護委員の協力を得て、市内の小中学校を巡回しています。令和3年度（南小、西郷第一小、宮川中） 令和4年度（上山小、中川小、南中）",
        Purpose = "小中学生の時から人権教育に取り組み、互いの人権を尊重し合う社会の実現を妨げ、人権を侵害するような暴力や虐待、職場での嫌がらせ等の防止・根絶を図るため。",
        Goal = new Indicator(
            "市民の人権運動が向上している状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("市民の人権意識が向上している状態"),
            new IndicatorValue.Statement("人権の花運動を実施しました。"),
            new IndicatorValue.Statement("市民の人権意識が向上している状態")),
        Activities =
        [
            new Indicator("人権の花運動を実施した学校数", IndicatorKind.Activity, IndicatorValue.Of(3m, Unit.School), IndicatorValue.Of(3m, Unit.School), IndicatorValue.Of(3m, Unit.School)),
        ],
        Cost = new CostLine(Money.FromThousandYen(223), Money.FromThousandYen(223), Money.FromThousandYen(223)),
        Staff = new StaffLine(new PersonYears(0.1m), new PersonYears(0.1m), new PersonYears(0.1m)),
        Reason = string.Empty,
        FutureActions = "人権擁護委員と連携し、人権を尊重する事業を進めていきます。",
    };

    // Lines 263–303.
    private static MeasureSheet Measure_5_3_2() => new()
    {
        Department = new Department("市政戦略課"),
        Chapter = Chapter5,
        Policy = Item("5-3", "支え尊重し合う地域社会を実現します"),
        Measure = Item("5-3-2", "男女共同参画の推進"),
        Strategy = StrategyLink.None,
        Purposes =
        [
            new SheetItem(2, "男女共同参画社会の実現に向けて意識の高揚と環境整備を推進します。"), // numbered 2 as written, line 280
        ],
        Goals =
        [
            new SheetItem(1, "男女共同参画社会の実現に向けた意識の高揚、環境整備", ["平成28年度に策定した「第2次上山市男女共同参画計画」に基づき、男女共同参画の意識を高めるため、広報紙やパネル展等による啓発活動や情報の発信を行うとともに、政策・意思決定の場への女性の参画促進、労働環境の整備等の施策を推進します。"]),
        ],
        Results =
        [
            new SheetItem(1, "男女共同参画社会の実現に向けた意識の高揚、環境整備", ["(1) 男女共同参画週間と女性に対する暴力をなくす運動でのパネル展開催と上山城のパープルライトアップを実施し、男女共同参画社会に対する意識高揚の活動を行いました。"]),
        ],
        Outcomes =
        [
            new Indicator("市の審議機関等における女性委員の割合", IndicatorKind.Outcome, IndicatorValue.Of(30m, Unit.Percent), IndicatorValue.Of(23m, Unit.Percent), IndicatorValue.Of(31m, Unit.Percent)),
        ],
        Reason = "一部の審議会の再編時に女性委員の推薦割合が減少してしまい、男女共同参画の周知および意識の高揚の活動が不十分だったことによります。",
        FutureActions = "男女共同参画社会実現に向けた意識高揚の活動を継続するとともに、審議会の女性委員参入の呼びかけを実施して参ります。",
    };

    // Lines 305–361 (headings marked up with ####/##### and bullets with "- ").
    private static MeasureSheet Measure_5_4_1() => new()
    {
        Department = new Department("庶務課"),
        Chapter = Chapter5,
        Policy = Item("5-4", "国内外交流を推進します"),
        Measure = Item("5-4-1", "市民交流の拡充"),
        Strategy = StrategyLink.Parse("2 かみのやま「来てよし」プロジェクト 地域資源を生かした環境づくり クアオルト事業を通じた広域連携の推進"),
        Purposes =
        [
            new SheetItem(1, "国内外の姉妹・友好都市との交流を推進するとともに、クアオルト事業を通じた広域連携の推進を図ります。"),
        ],
        Goals =
        [
            new SheetItem(1, "国内外の姉妹・友好都市との交流の充実", ["国内外の相互交流を官民で一層深めていきます。国内活動では、名取市との小・中学生交歓研修や市民によるスポーツ交流、物産交流等を促進します。また、国際交流では、平成7年から実施しているドナウエッシンゲン市への学生派遣事業を継続し、次世代の国際交流の担い手育成に努めます。"]),
            new SheetItem(2, "市民レベルの国際交流の推進", ["上山・ドナウエッシンゲン日独友好協会と連携し、ドイツ文化に接する機会を設け、市民のドナウエッシンゲン市への関心を深めながら学生の受入・派遣等、市民レベルでの国際交流を進めます。"]),
            new SheetItem(3, "クアオルト事業を通じた広域連携の推進", ["日本型クアオルトの全国への普及・拡大事業を通して、互いの地域づくりのノウハウを共有しながら、総合的な観点による滞在型で質の高い健康保養地を目指すとともに、県を越えた広域連携を一層強化し、クアオルト事業を通じて多方面にわたる交流を推進します。"]),
        ],
        Results =
        [
            new SheetItem(1, "国内外の姉妹・友好都市との交流の充実", ["(1) 東日本大震災及び新型コロナウイルス感染症感染拡大防止のため中止になっていた 名取市との交流事業「海の子山の子交歓会」を12年振りに再開しました。また、令和2年度から延期となったドナウエッシンゲン市からの学生訪問団受け入れについては、新型コロナウイルス感染症拡大防止及等のため中止となりました。"]),
            new SheetItem(2, "市民レベルの国際交流の推進", ["(1) 上山・ドナウエッシンゲン日独友好協会と連携し、産業まつりにおいて「ドナウエッシンゲン市コーナー」を開設予定でしたが、新型コロナウイルス感染症拡大防止のため規模が縮小され中止となりました。"]),
            new SheetItem(3, "クアオルト事業を通じた広域連携の推進", ["(1) 第7回日本クアオルト協議会大会 in 多可（兵庫県多可町）へ市民15人を派遣し、加盟8自治体による事例発表等とおし、地域づくりのノウハウを共有するとともに、クアオルト事業を通じた交流を促進しました。"]),
        ],
        Outcomes =
        [
            new Indicator("海の子山の子交歓会の参加人数", IndicatorKind.Outcome, IndicatorValue.Of(60m, Unit.Person), IndicatorValue.Of(48m, Unit.Person), IndicatorValue.Of(60m, Unit.Person)),
            new Indicator("学生訪問団派遣人数", IndicatorKind.Outcome, new IndicatorValue.NotApplicable(Unit.Person), new IndicatorValue.NotApplicable(Unit.Person), IndicatorValue.Of(8m, Unit.Person)),
            new Indicator("日本クアオルト協議会大会市民参加者数", IndicatorKind.Outcome, IndicatorValue.Of(10m, Unit.Person), IndicatorValue.Of(15m, Unit.Person), IndicatorValue.Of(10m, Unit.Person)),
        ],
        Reason = string.Empty, // line 357: no 理由 although 48人 ≠ 60人 and 15人 ≠ 10人
        FutureActions = "国内外の姉妹・友好都市との情報交換を行いながら交流を推進するとともに、クアオルト事業を通じた広域連携の推進を図ります。",
    };

    // Lines 363–389.
    private static ProjectSheet 国際交流推進費() => new()
    {
        Department = new Department("庶務課"),
        Name = "国際交流推進費",
        Account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・01一般管理費"),
        Measures = [Item("5-4-1", "市民交流の拡充")],
        Strategy = StrategyLink.None,
        Overview = "海外友好都市ドイツ連邦共和国ドナウエッシンゲン市との交流を通して、国際意識の高揚と国際化に対応した人材を育成します。また、国際交流を推進する活動を応援し、市民が国際的な感覚を養ったり、相互理解を深めたりすることができる環境を整えます。",
        Purpose = "海外友好都市ドナウエッシンゲン市をはじめとする国際交流の推進により、互いの地域のさらなる活性化を図るため。",
        Goal = new Indicator(
            "市民レベルでの国際交流が進んでいる状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("学生訪日団を8人（学生7人）を受入する状態 交流や理解を深める講座等を開催する状態"),
            new IndicatorValue.Statement("新型コロナウイルス感染拡大の影響により、学生訪日団の受入は中止となりました。"),
            new IndicatorValue.Statement("学生訪独団9人（学生8人）を派遣する状態 交流や理解を深める講座等を開催する状態")),
        Activities =
        [
            new Indicator("訪独学生への説明会、研修会等への参加者数", IndicatorKind.Activity, new IndicatorValue.NotApplicable(Unit.None), new IndicatorValue.NotApplicable(Unit.None), IndicatorValue.Of(65m, Unit.Person)),
            new Indicator("産業まつりド市コーナー出展や国際交流に関する講座の開催回数", IndicatorKind.Activity, IndicatorValue.Of(3m, Unit.Times), IndicatorValue.Of(0m, Unit.Times), IndicatorValue.Of(3m, Unit.Times)),
        ],
        Cost = new CostLine(Money.FromThousandYen(452), Money.FromThousandYen(289), Money.FromThousandYen(1850)),
        Staff = new StaffLine(new PersonYears(0.8m), new PersonYears(0.8m), new PersonYears(0.8m)),
        Reason = "新型コロナウイルス感染防止対策のため産業まつりの規模が縮小され、また同様の対策の他燃料費の高騰によりドナウエッシンゲン市の学生訪問団派遣が中止となったためです。",
        FutureActions = "上山・ドナウエッシンゲン日独友好協会と連携しながら、学生訪日団の受入に向けた機運を醸成していきます。",
    };

    // Lines 391–414.
    private static ProjectSheet 海の子山の子交歓会事業費() => new()
    {
        Department = new Department("生涯学習課"),
        Name = "海の子山の子交歓会事業費",
        Account = BudgetAccount.Parse("01一般会計・10教育費・05社会教育費・03青少年女性費"),
        Measures = [Item("5-4-1", "市民交流の拡充")],
        Strategy = StrategyLink.None,
        Overview = "姉妹都市である名取市との交流事業である海の子山の子交歓会を再開し、両市の児童生徒及びジュニアリーダーの交流を促進します。",
        Purpose = "海と山の自然の中で交流することで、子どもたちの親交を深めるとともに健康でたくましい心豊かな子どもの育成を図る。",
        Goal = new Indicator(
            "名取市との交流が推進されている状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("海の子山の子交歓会が開催された状態"),
            new IndicatorValue.Statement("海の子山の子交歓会を開催しました。"),
            new IndicatorValue.Statement("海の子山の子交歓会が開催された状態")),
        Activities =
        [
            new Indicator("上山市会場で開催した回数", IndicatorKind.Activity, IndicatorValue.Of(1m, Unit.Times), IndicatorValue.Of(1m, Unit.Times), IndicatorValue.Of(1m, Unit.Times)),
        ],
        Cost = new CostLine(Money.FromThousandYen(2020), Money.FromThousandYen(1548), Money.FromThousandYen(2020)),
        Staff = new StaffLine(new PersonYears(0.5m), new PersonYears(0.5m), new PersonYears(0.5m)),
        Reason = string.Empty,
        FutureActions = "海の子山の子交歓会の開催を通して、姉妹都市である宮城県名取市との交流を推進してまいります。",
    };

    // Lines 416–442.
    private static ProjectSheet 上山型温泉クアオルト事業費() => new()
    {
        Department = new Department("市政戦略課"),
        Name = "上山型温泉クアオルト事業費",
        Account = BudgetAccount.Parse("01一般会計・07商工費・01商工費・04観光物産費"),
        Measures = [Item("3-5-2", "体験型観光の推進"), Item("5-4-1", "市民交流の拡充")], // two cells, line 419
        Strategy = StrategyLink.Parse("2 かみのやま「働いてよし」プロジェクト 産業を活性化させる地域づくり 地域資源を活用した交流人口の増加"),
        Overview = "恵まれた自然環境や温泉、食などの地域資源を活用し、交流人口の拡大による地域活性化を目的に、企業従業員の健康づくりや研修など、企業等の健康経営支援による誘客促進、日本クアオルト協議会を通じた広域連携などを推進するとともに、市民とクアオルトに係る正しい理念を共有しながら、“心と体がうるおう、まちづくりに取り組みます。",
        Purpose = "企業等の健康経営支援による誘客促進に向け、企業等に対する提案活動の強化と、各種体験プログラムの開発や人材育成など地域が主体となった受入体制の構築を支援し、市民及び市内事業者が本事業に積極的に関われるきっかけを作るため。",
        Goal = new Indicator(
            "市民や市内事業者が、クアオルトを正しく理解し、何らかの形で積極的に関わっている状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("多様な滞在プログラムを開発・提供し、企業等への提案活動を通して、徐々に来訪者数が増える状態"),
            new IndicatorValue.Statement("多様な滞在プログラムが開発され、企業等への提案活動を通して、訪問者数が回復しました。"),
            new IndicatorValue.Statement("多様な滞在プログラムを開発・提供し、企業等への提案活動を通して、徐々に来訪者数が増える状態")),
        Activities =
        [
            new Indicator("宿泊型新保健指導ツアー実施回数", IndicatorKind.Activity, IndicatorValue.Of(5m, Unit.Tour), IndicatorValue.Of(0m, Unit.Tour), IndicatorValue.Of(7m, Unit.Tour)),
            new Indicator("企業における健康経営支援等としての導入に向けた訪問提案件数", IndicatorKind.Activity, IndicatorValue.Of(30m, Unit.Case), IndicatorValue.Of(42m, Unit.Case), IndicatorValue.Of(30m, Unit.Case)),
        ],
        Cost = new CostLine(Money.FromThousandYen(11663), Money.FromThousandYen(10924), Money.FromThousandYen(15000)),
        Staff = new StaffLine(new PersonYears(2.5m), new PersonYears(2.5m), new PersonYears(2.5m)),
        Reason = "新型コロナウイルス感染拡大により、宿泊型新保健指導ツアーは全て中止となりました。一方で、健康経営支援を切り口とした提案活動を県内外企業に対し積極的に実施し、対面のみならずWEBも併用したことにより目標を上回る結果となりました。",
        FutureActions = "企業の健康経営支援による誘客促進は、蔵王高原坊平の民間組織を中心に展開し、県外・首都圏企業等に対して提案活動を再開するとともに、宿泊型新保健指導ツアーは、これまでの実施先に再開を打診します。",
    };

    // Lines 444–487 (the strategy link stands on its own line, 459).
    private static MeasureSheet Measure_5_5_1() => new()
    {
        Department = new Department("建設課"),
        Chapter = Chapter5,
        Policy = Item("5-5", "ふるさと回帰・移住交流を進めます"),
        Measure = Item("5-5-1", "移住受け入れ環境の整備"),
        Strategy = StrategyLink.Parse("2 かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進"),
        Purposes =
        [
            new SheetItem(1, "移住に結びつく有益な情報発信と、移住希望者が気軽に相談できる体制を整えます。"),
        ],
        Goals =
        [
            new SheetItem(1, "関係機関と連携した、ふるさと回帰・移住の相談体制の構築", ["都内に開設している県の移住相談窓口をはじめ、首都圏で開催する移住フェア・相談会や移住関連ツアー等、県及びNPO法人等の関係機関による事業と連携しながら、移住希望者のニーズに沿った一体的かつ効果的なPRと相談の対応に取り組むことで、本市への移住・定住促進を図ります。"]),
        ],
        Results =
        [
            new SheetItem(1, "関係機関と連携した、ふるさと回帰・移住の相談体制の構築", ["(1) 県及びNPO法人等と連携し、都内に開設している移住窓口や移住フェア、オンライン相談等により移住希望者の受け入れを行いました。", "(2) お試し居住施設については、5件利用がありました。"]),
        ],
        Outcomes =
        [
            new Indicator("移住相談からの移住件数", IndicatorKind.Outcome, IndicatorValue.Of(5m, Unit.Case), IndicatorValue.Of(8m, Unit.Case), IndicatorValue.Of(5m, Unit.Case)),
        ],
        Reason = "コロナ等の影響により、移住相談者が少ない状況にありました。",
        FutureActions = "引き続き移住の情報発信と相談体制の構築を行っていきます。",
    };

    // Lines 489–512.
    private static ProjectSheet 移住推進事業費() => new()
    {
        Department = new Department("建設課"),
        Name = "移住推進事業費",
        Account = BudgetAccount.Parse("01一般会計・02総務費・01総務管理費・06企画費"),
        Measures = [Item("5-5-1", "移住受け入れ環境の整備")],
        Strategy = StrategyLink.Parse("2かみのやま「来てよし」プロジェクト 移住・回帰につなぐきっかけづくり 都市部からの移住・交流の推進（第2期創生総合戦略）"),
        Overview = "都内に開設している山形県の移住相談窓口をはじめ、首都圏で開催する移住フェア・相談会や移住関連ツアー等、山形県及びNPO法人等の関係機関による事業と連携しながら、移住希望者のニーズに沿った一体的かつ効果的なPRと相談の対応に取り組むことで、本市への移住・定住促進を図ります。",
        Purpose = "本市への移住者を増やし、人口の増につなげることで、地域の活性化を図るため。",
        Goal = new Indicator(
            "移住希望者に対する相談体制が確立し、移住者が増加している状態",
            IndicatorKind.Qualitative,
            new IndicatorValue.Statement("希望者のニーズに直結した住宅施策との一体的な相談体制により、円滑に移住が行われている状態"),
            new IndicatorValue.Statement("関係団体と連携しながら、相談会を開催し移住希望者のニーズを踏まえ、移住誘導を図りました。"),
            new IndicatorValue.Statement("希望者のニーズに直結した住宅施策との一体的な相談体制により、円滑に移住が行われている状態")),
        Activities =
        [
            new Indicator("移住フェア等への出展回数", IndicatorKind.Activity, IndicatorValue.Of(3m, Unit.Times), IndicatorValue.Of(3m, Unit.Times), IndicatorValue.Of(3m, Unit.Times)),
        ],
        Cost = new CostLine(Money.FromThousandYen(7392), Money.FromThousandYen(2316), Money.FromThousandYen(7392)),
        Staff = new StaffLine(new PersonYears(1m), new PersonYears(1m), new PersonYears(1m)),
        Reason = string.Empty, // line 508: no 理由 although only 2,316 of 7,392 千円 was spent
        FutureActions = "引き続き、市内企業・団体と連携し、お試し居住施設の利用を促すとともに、県やNPO法人かみのやまランドバンクとの連携による移住検討者のニーズに沿った情報提供や相談対応を行い、移住推進を図ります。",
    };
}
