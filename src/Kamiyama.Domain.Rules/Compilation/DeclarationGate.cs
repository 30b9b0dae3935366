using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kamiyama.Domain.Rules.Compilation;

/// <summary>
/// The half of the safety gate that judges what rule files declare rather than what they call. All files of a set are
/// one compilation, so a declaration in one file can change what another file's code means; these are refused (KRL002):
/// a namespace of the engine or of a referenced library (a <c>RuleGuard</c> of one's own would replace the engine's
/// guard); a type named like one the engine's usings bring in (a <c>class Indicator</c> turns every other rule's
/// <c>Indicator</c> into it); <c>global using</c> and assembly or module attributes; a partial type spread over files;
/// extension members outside a namespace of one's own; static state that can change (it would carry from rule to rule);
/// records, whose compiler-generated <c>Equals</c>, <c>GetHashCode</c> and <c>ToString</c> run without guards; and
/// value types too large for the stack.
/// </summary>
internal sealed class DeclarationGate
{
    private static readonly SymbolDisplayFormat NameFormat = SymbolDisplayFormat.CSharpErrorMessageFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private readonly CSharpCompilation _compilation;
    private readonly Dictionary<string, string> _reservedTypeNames;
    private readonly HashSet<string> _rootNamespaces;

    private DeclarationGate(CSharpCompilation compilation, IEnumerable<string> importedNamespaces)
    {
        _compilation = compilation;
        var references = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .ToList();
        _rootNamespaces = references
            .SelectMany(a => a.GlobalNamespace.GetNamespaceMembers())
            .Select(n => n.Name)
            .ToHashSet(StringComparer.Ordinal);
        _reservedTypeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ns in importedNamespaces.Prepend(string.Empty))
        {
            foreach (var assembly in references)
            {
                if (Find(assembly.GlobalNamespace, ns) is not { } found)
                {
                    continue;
                }

                foreach (var type in found.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public))
                {
                    _reservedTypeNames.TryAdd(type.Name, type.ToDisplayString(NameFormat));
                }
            }
        }
    }

    /// <summary>Judges every declaration of the rule files; each refusal is at the author's position.</summary>
    /// <param name="compilation">The compilation (guarded or as written).</param>
    /// <param name="files">The rule files in it.</param>
    /// <param name="importedNamespaces">The namespaces the engine's global usings import.</param>
    /// <param name="refuse">Reports one refusal: the file, where, the API or construct, and why.</param>
    public static void Check(CSharpCompilation compilation, IReadOnlyList<GuardedTree> files, IEnumerable<string> importedNamespaces, Action<GuardedTree, Location, string, string> refuse)
    {
        var gate = new DeclarationGate(compilation, importedNamespaces);
        foreach (var file in files)
        {
            gate.CheckFile(file, compilation.GetSemanticModel(file.Compiled), refuse);
        }
    }

    private static INamespaceSymbol? Find(INamespaceSymbol global, string name)
    {
        var current = global;
        foreach (var part in name.Length == 0 ? [] : name.Split('.'))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private void CheckFile(GuardedTree file, SemanticModel model, Action<GuardedTree, Location, string, string> refuse)
    {
        var root = file.Compiled.GetRoot();
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            switch (node)
            {
                case UsingDirectiveSyntax { GlobalKeyword.RawKind: not 0 } directive:
                    refuse(file, directive.GlobalKeyword.GetLocation(), "global using", "it would change every other rule file of the set; write a using directive without global");
                    break;
                case AttributeListSyntax { Target: { } target } list when target.Identifier.ValueText is "assembly" or "module":
                    refuse(file, list.GetLocation(), $"An [{target.Identifier.ValueText}: …] attribute", "it changes how the whole rule set is compiled or loaded");
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    CheckNamespace(file, ns, refuse);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    if (model.GetDeclaredSymbol(node, CompileBudget.Token) is INamedTypeSymbol type)
                    {
                        CheckType(file, node, type, refuse);
                    }

                    break;
            }
        }
    }

    private void CheckNamespace(GuardedTree file, BaseNamespaceDeclarationSyntax declaration, Action<GuardedTree, Location, string, string> refuse)
    {
        var name = declaration.Name.ToString();
        var rootName = name.Split('.')[0].Trim();
        if (rootName.StartsWith("global::", StringComparison.Ordinal))
        {
            rootName = rootName["global::".Length..];
        }

        if (_rootNamespaces.Contains(rootName))
        {
            refuse(file, declaration.Name.GetLocation(), $"The namespace {name}", $"{rootName} belongs to the engine or a library it references; declare rule types in a namespace of your own");
        }
    }

    private void CheckType(GuardedTree file, SyntaxNode node, INamedTypeSymbol type, Action<GuardedTree, Location, string, string> refuse)
    {
        var location = node switch
        {
            BaseTypeDeclarationSyntax t => t.Identifier.GetLocation(),
            DelegateDeclarationSyntax d => d.Identifier.GetLocation(),
            _ => node.GetLocation(),
        };

        if (type.IsExtension)
        {
            if (type.ContainingType is { ContainingNamespace.IsGlobalNamespace: true })
            {
                refuse(file, node.GetLocation(), "An extension block outside a namespace", "it would change what other rule files' calls bind to; declare it in a namespace of your own");
            }

            return;
        }

        if (_reservedTypeNames.TryGetValue(type.Name, out var hidden) || _rootNamespaces.Contains(type.Name))
        {
            refuse(file, location, $"A type named {type.Name}", $"it would hide {hidden ?? "the namespace " + type.Name}, which rules and the engine use; choose another name");
        }

        if (type.IsRecord)
        {
            refuse(file, location, $"The record {type.Name}", "its compiler-generated Equals, GetHashCode and ToString run outside the engine's guards; declare a class");
        }

        if (type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree.FilePath).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            refuse(file, location, $"The partial type {type.Name}", "its parts are in more than one rule file, so one file could change another's rule; keep a type in one file");
        }

        if (type.TypeKind == TypeKind.Struct && StructSize.Of(type) > StructSize.Limit)
        {
            refuse(file, location, $"The struct {type.Name}", $"it takes more than {StructSize.Limit / 1024} KB, and a local of it could overflow the stack");
        }

        if (!IsFirstDeclaration(node, type))
        {
            return;
        }

        if (type.IsStatic && type.ContainingNamespace.IsGlobalNamespace && type.ContainingType is null
            && type.GetMembers().OfType<IMethodSymbol>().Any(m => m.IsExtensionMethod))
        {
            refuse(file, location, $"The extension class {type.Name}", "outside a namespace of your own its extension methods would change what other rule files' calls bind to; put the class in a namespace");
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IEventSymbol { IsStatic: true } ev && ev.AddMethod is { IsImplicitlyDeclared: true })
            {
                var at = ev.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree == file.Compiled) ?? location;
                refuse(file, at, $"The static event {ev.Name}", "static state that can be assigned would carry from one rule, subject or run to the next; use a const, or a static readonly field of an immutable type (string, numbers, ValueArray, ImmutableArray, FrozenSet, RulePattern)");
                continue;
            }

            if (member is IFieldSymbol { IsStatic: true, IsConst: false, AssociatedSymbol: not IEventSymbol } field && Mutable(field) is { } why)
            {
                var declared = field.AssociatedSymbol ?? field;
                var at = declared.Locations.FirstOrDefault(l => l.IsInSource && l.SourceTree == file.Compiled) ?? location;
                refuse(file, at, $"The static {(field.AssociatedSymbol is IEventSymbol ? "event" : field.AssociatedSymbol is IPropertySymbol ? "property" : "field")} {declared.Name}",
                    $"static state {why} would carry from one rule, subject or run to the next; use a const, or a static readonly field of an immutable type (string, numbers, ValueArray, ImmutableArray, FrozenSet, RulePattern)");
            }
        }
    }

    private static bool IsFirstDeclaration(SyntaxNode node, INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Length == 0 || type.DeclaringSyntaxReferences[0].GetSyntax() == node;

    /// <summary>Why a static field is mutable state; null when it is not.</summary>
    private string? Mutable(IFieldSymbol field)
    {
        if (!field.IsReadOnly)
        {
            return "that can be assigned";
        }

        return Immutability.IsImmutable(field.Type, _compilation.Assembly) ? null : $"of the mutable type {field.Type.ToDisplayString()}";
    }
}
