using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules;

/// <summary>
/// The subjects of one run, by index in run order. A run over a document never makes a <see cref="Subject"/> for a
/// subject that passes: the table walks the document's own sheets and indicators and makes subjects (and their paths)
/// only for the few that a finding, an outcome or a rule asks about.
/// </summary>
internal abstract class SubjectTable
{
    /// <summary>How many subjects there are.</summary>
    public abstract int Count { get; }

    /// <summary>The object checked at an index.</summary>
    public abstract object ValueAt(int index);

    /// <summary>The subject at an index, with its path and parents.</summary>
    public abstract Subject At(int index);

    /// <summary>The subject at an index near the cursor's (the same sheet, most often), with its path and parents.</summary>
    public virtual Subject At(int index, Cursor near) => At(index);

    /// <summary>The index of an element, looked for first around the cursor's subject; -1 when it is no subject.</summary>
    public abstract int IndexOf(object element, Cursor near);

    /// <summary>A cursor before the first subject, for a rule of a subject type (a table may skip what cannot be one).</summary>
    public abstract Cursor Walk(Type subjectType);

    /// <summary>The subjects a host gave, as they are.</summary>
    public static SubjectTable Of(IReadOnlyList<Subject> subjects) => new ListTable(subjects);

    /// <summary>The subjects of a document: the document, then each sheet followed by its indicators.</summary>
    public static SubjectTable Of(EvaluationDocument document) => new DocumentTable(document);

    /// <summary>Walks the subjects in order; one cursor serves a rule's whole run.</summary>
    internal abstract class Cursor
    {
        /// <summary>The index of the current subject.</summary>
        public int Index { get; protected set; } = -1;

        /// <summary>The object checked.</summary>
        public object Value { get; protected set; } = null!;

        /// <summary>The sheet the current subject is or belongs to.</summary>
        public abstract Sheet? Sheet { get; }

        /// <summary>Moves to the next subject; false after the last.</summary>
        public abstract bool MoveNext();
    }

    private sealed class ListTable(IReadOnlyList<Subject> subjects) : SubjectTable
    {
        private Dictionary<object, int>? _indexes;

        public override int Count => subjects.Count;

        public override object ValueAt(int index) => subjects[index].Value;

        public override Subject At(int index) => subjects[index];

        public override Cursor Walk(Type subjectType) => new ListCursor(subjects);

        public override int IndexOf(object element, Cursor near)
        {
            if (_indexes is null)
            {
                _indexes = new Dictionary<object, int>(subjects.Count, ReferenceEqualityComparer.Instance);
                for (var i = 0; i < subjects.Count; i++)
                {
                    _indexes.TryAdd(subjects[i].Value, i);
                }
            }

            return _indexes.GetValueOrDefault(element, -1);
        }

        private sealed class ListCursor(IReadOnlyList<Subject> subjects) : Cursor
        {
            public override Sheet? Sheet => subjects[Index].Nearest<Sheet>();

            public override bool MoveNext()
            {
                if (Index + 1 >= subjects.Count)
                {
                    return false;
                }

                Value = subjects[++Index].Value;
                return true;
            }
        }
    }

    /// <summary>
    /// A document's subjects without a copy of them: subject 0 is the document, and sheet <c>k</c> is subject
    /// <c>_offsets[k]</c>, followed by its indicators.
    /// </summary>
    private sealed class DocumentTable : SubjectTable
    {
        private static readonly Func<Subject, int, string> IndicatorPathOf = DocumentSubjects.IndicatorPath;

        private readonly EvaluationDocument _document;
        private readonly ValueArray<Sheet> _sheets;
        private readonly int[] _offsets;
        private Subject? _root;

        // Subjects are made for findings only, and their paths when first read; a sheet's subject is kept (its indicators'
        // paths start with its path), and so is the last indicator's (a finding usually points at one indicator several
        // times: its actual, its target).
        private Subject?[]? _sheetSubjects;
        private Subject? _lastIndicator;
        private int _lastIndicatorIndex = -1;
        private string[]? _sheetPaths;
        private Func<Subject, int, string>? _sheetPathOf;
        private Dictionary<object, int>? _indexes;

        public DocumentTable(EvaluationDocument document)
        {
            _document = document;
            _sheets = document.Sheets;
            _offsets = new int[_sheets.Count + 1];
            var next = 1;
            for (var k = 0; k < _sheets.Count; k++)
            {
                _offsets[k] = next;
                next += 1 + SheetIndicators.Count(_sheets[k]);
            }

            _offsets[^1] = next;
        }

        public override int Count => _offsets[^1];

        public override object ValueAt(int index)
        {
            if (index == 0)
            {
                return _document;
            }

            var k = SheetNumber(index);
            var sheet = _sheets[k];
            return index == _offsets[k] ? sheet : SheetIndicators.At(sheet, index - _offsets[k] - 1);
        }

        public override Subject At(int index) => index == 0 ? _root ??= new Subject(_document, "/") : At(index, SheetNumber(index));

        public override Subject At(int index, Cursor near) =>
            near is DocumentCursor { SheetNumber: >= 0 and var k } && index >= _offsets[k] && index < _offsets[k + 1] ? At(index, k) : At(index);

        private Subject At(int index, int k)
        {
            if (index == _offsets[k])
            {
                _sheetSubjects ??= new Subject?[_sheets.Count];
                return _sheetSubjects[k] ??= new Subject(_sheets[k], At(0), k, _sheetPathOf ??= (_, k) => SheetPath(k));
            }

            // Kept by index, not by value: a sheet may hold the same indicator object twice, at two paths.
            if (_lastIndicatorIndex != index)
            {
                _lastIndicator = new Subject(SheetIndicators.At(_sheets[k], index - _offsets[k] - 1), At(_offsets[k], k), index - _offsets[k] - 1, IndicatorPathOf);
                _lastIndicatorIndex = index;
            }

            return _lastIndicator!;
        }

        // Indicator is sealed: a rule whose subject type cannot hold one never stops at an indicator.
        // A rule of indicators stops at indicators only, not at the document and every sheet to be told they are none.
        public override Cursor Walk(Type subjectType) => new DocumentCursor(this, subjectType.IsAssignableFrom(typeof(Indicator)), indicatorsOnly: subjectType == typeof(Indicator));

        public override int IndexOf(object element, Cursor near)
        {
            // Findings point at their own sheet or at another indicator of it far more often than anywhere else.
            if (near is DocumentCursor { SheetNumber: >= 0 and var k })
            {
                var sheet = _sheets[k];
                if (ReferenceEquals(sheet, element))
                {
                    return _offsets[k];
                }

                for (var j = 0; j < _offsets[k + 1] - _offsets[k] - 1; j++)
                {
                    if (ReferenceEquals(SheetIndicators.At(sheet, j), element))
                    {
                        return _offsets[k] + 1 + j;
                    }
                }
            }

            if (_indexes is null)
            {
                _indexes = new Dictionary<object, int>(Count, ReferenceEqualityComparer.Instance);
                for (var cursor = Walk(typeof(object)); cursor.MoveNext();)
                {
                    _indexes.TryAdd(cursor.Value, cursor.Index);
                }
            }

            return _indexes.GetValueOrDefault(element, -1);
        }

        /// <summary>The number of the sheet a subject (not the document) is or belongs to.</summary>
        private int SheetNumber(int index)
        {
            var k = Array.BinarySearch(_offsets, 0, _sheets.Count, index);
            return k >= 0 ? k : ~k - 1;
        }

        /// <summary>The unique path of sheet <paramref name="k"/>; every sheet's path is made on the first request.</summary>
        private string SheetPath(int k) => (_sheetPaths ??= DocumentSubjects.SheetPaths(_sheets))[k];

        private sealed class DocumentCursor(DocumentTable table, bool visitIndicators, bool indicatorsOnly) : Cursor
        {
            private int _indicator = -1;
            private int _indicators;

            /// <summary>The current sheet's number; -1 on the document.</summary>
            public int SheetNumber { get; private set; } = -1;

            public override Sheet? Sheet => SheetNumber >= 0 ? table._sheets[SheetNumber] : null;

            public override bool MoveNext()
            {
                while (Step())
                {
                    if (!indicatorsOnly || Value is Indicator)
                    {
                        return true;
                    }
                }

                return false;
            }

            private bool Step()
            {
                if (Index < 0)
                {
                    (Index, Value) = (0, table._document);
                    return true;
                }

                if (SheetNumber >= 0 && _indicator + 1 < _indicators)
                {
                    _indicator++;
                    (Index, Value) = (Index + 1, SheetIndicators.At(table._sheets[SheetNumber], _indicator));
                    return true;
                }

                if (SheetNumber + 1 >= table._sheets.Count)
                {
                    return false;
                }

                SheetNumber++;
                _indicator = -1;
                _indicators = visitIndicators ? table._offsets[SheetNumber + 1] - table._offsets[SheetNumber] - 1 : 0;
                (Index, Value) = (table._offsets[SheetNumber], table._sheets[SheetNumber]);
                return true;
            }
        }
    }
}
