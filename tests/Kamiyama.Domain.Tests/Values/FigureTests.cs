using Kamiyama.Domain.Budget;
using Kamiyama.Domain.Values;

namespace Kamiyama.Domain.Tests.Values;

public class FigureTests
{
    [Fact]
    public void Default_IsBlank()
    {
        Figure<Money> figure = default;

        Assert.Equal(FigureKind.Blank, figure.Kind);
        Assert.False(figure.HasValue);
        Assert.Null(figure.GetValueOrNull());
        Assert.Throws<InvalidOperationException>(() => figure.Value);
    }

    [Fact]
    public void NotApplicable_DiffersFromBlankAndFromZero()
    {
        Assert.NotEqual(Figure<Money>.NotApplicable, Figure<Money>.Blank);
        Assert.NotEqual(Figure<Money>.NotApplicable, Figure<Money>.Of(Money.Zero));
        Assert.Equal("—", Figure<Money>.NotApplicable.ToString());
    }

    [Fact]
    public void Of_HoldsValue()
    {
        Figure<PersonYears> figure = new PersonYears(0.8m);

        Assert.True(figure.TryGetValue(out var value));
        Assert.Equal(new PersonYears(0.8m), value);
        Assert.Equal(Figure<PersonYears>.Of(new PersonYears(0.80m)), figure);
    }
}
