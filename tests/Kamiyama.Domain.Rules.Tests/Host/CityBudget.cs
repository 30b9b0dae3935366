// A city system's own types, as a host would offer them to rule scripts (RuleLoadOptions.HostTypes).
namespace City.Budget
{
    /// <summary>A budget line as the city's own database keeps it (千円).</summary>
    public sealed record BudgetLine(string Project, long Budget, long Spent, BudgetStatus Status)
    {
        /// <summary>A limit scripts may read.</summary>
        public const long Threshold = 1000;

        /// <summary>Mutable static state: refused to rules.</summary>
        public static int Reads;

        /// <summary>A settable property: refused to rules.</summary>
        public string Note { get; set; } = string.Empty;

        /// <summary>Less than half the budget spent.</summary>
        public bool Unspent => Spent * 2 < Budget;

        /// <summary>A method: refused to rules.</summary>
        public void Close() => Reads++;
    }

    /// <summary>Whether a line is still open.</summary>
    public enum BudgetStatus
    {
        /// <summary>Open.</summary>
        Open,

        /// <summary>Closed.</summary>
        Closed,
    }

    /// <summary>A type of the host that is not offered.</summary>
    public sealed class Ledger
    {
        /// <summary>Something a rule must not read.</summary>
        public string Secret => "secret";
    }
}
