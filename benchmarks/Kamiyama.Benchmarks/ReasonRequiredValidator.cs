using FluentValidation;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Benchmarks;

/// <summary>KMY001 as a FluentValidation validator over a sheet: one failure per diverging indicator without 理由.</summary>
internal sealed class ReasonRequiredValidator : AbstractValidator<Sheet>
{
    public ReasonRequiredValidator()
    {
        RuleForEach(sheet => sheet.Indicators)
            .Must((sheet, indicator) => !Kmy001.IsFinding(indicator, sheet))
            .WithErrorCode("KMY001")
            .WithMessage((_, indicator) => $"「{indicator.Name}」の実績 {indicator.Actual} が目標 {indicator.Target} と異なりますが、理由が書かれていません。");
    }
}
