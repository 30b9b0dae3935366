using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Kamiyama.Domain.Sheets;

namespace Kamiyama.Domain.Rules.Isolation;

/// <summary>
/// Names an element of a document that is not a subject (a numbered item of a sheet, a cost line) by where it is, so that
/// a worker and the host, each with its own copy of the document, agree on it: the number of the sheet it is part of (-1
/// for the document itself) and its ordinal in a fixed walk of that sheet's model objects. The walk visits the public
/// properties of the model's own reference types, in declaration order, into collections, never into another sheet or
/// the document; it is made for a sheet only when a finding points into it.
/// </summary>
internal sealed class ElementIndex(EvaluationDocument document)
{
    private const int MaxDepth = 5;

    private static readonly Assembly Model = typeof(EvaluationDocument).Assembly;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    private readonly Dictionary<int, List<object>> _walks = [];

    /// <summary>Where an element is, looked for first in the sheet the cursor is on; null when it is not part of the document.</summary>
    public (int Sheet, int Ordinal)? Find(object element, int nearSheet)
    {
        if (Find(element, nearSheet, out var ordinal))
        {
            return (nearSheet, ordinal);
        }

        for (var k = -1; k < document.Sheets.Count; k++)
        {
            if (k != nearSheet && Find(element, k, out ordinal))
            {
                return (k, ordinal);
            }
        }

        return null;
    }

    /// <summary>The element at a place, or null when the place is outside this document.</summary>
    public object? At(int sheet, int ordinal) =>
        sheet >= -1 && sheet < document.Sheets.Count && Walk(sheet) is var walk && ordinal >= 0 && ordinal < walk.Count ? walk[ordinal] : null;

    private bool Find(object element, int sheet, out int ordinal)
    {
        var walk = Walk(sheet);
        for (ordinal = 0; ordinal < walk.Count; ordinal++)
        {
            if (ReferenceEquals(walk[ordinal], element))
            {
                return true;
            }
        }

        return false;
    }

    private List<object> Walk(int sheet)
    {
        if (!_walks.TryGetValue(sheet, out var walk))
        {
            walk = [];
            if (sheet < 0)
            {
                VisitMembers(document, walk, 0);
            }
            else
            {
                VisitMembers(document.Sheets[sheet], walk, 0);
            }

            _walks[sheet] = walk;
        }

        return walk;
    }

    private static void VisitMembers(object owner, List<object> walk, int depth)
    {
        foreach (var property in Properties.GetOrAdd(owner.GetType(), ModelProperties))
        {
            Visit(property.GetValue(owner), walk, depth + 1);
        }
    }

    private static void Visit(object? value, List<object> walk, int depth)
    {
        if (value is null or string || depth > MaxDepth || value is Sheet or EvaluationDocument || value.GetType().IsValueType && value is not IEnumerable)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, walk, depth + 1);
            }

            return;
        }

        if (value.GetType().Assembly == Model)
        {
            walk.Add(value);
            VisitMembers(value, walk, depth);
        }
    }

    private static PropertyInfo[] ModelProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken)];
}
