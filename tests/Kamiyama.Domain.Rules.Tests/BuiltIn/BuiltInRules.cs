namespace Kamiyama.Domain.Rules.Tests.BuiltIn;

/// <summary>The built-in rules compiled ahead of time into this test assembly.</summary>
internal static class BuiltInRules
{
    public static IRule[] All() =>
    [
        new ReasonRequired(),
        new CostWithoutReason(),
        new NextTargetBehindActual(),
        new ReasonContradictsResult(),
        new LinkedMeasureOutsideDocument(),
        new NonStandardDivision(),
        new PercentOutOfRange(),
        new UnitChanges(),
        new MissingSection(),
    ];
}
