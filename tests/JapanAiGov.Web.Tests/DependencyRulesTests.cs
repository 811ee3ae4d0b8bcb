using Mono.Cecil;
using Mono.Cecil.Cil;

namespace JapanAiGov.Web.Tests;

/// <summary>
/// Folder dependencies run one way (docs/architecture.md). Reads the compiled web assembly with Mono.Cecil, so a
/// reference counts wherever it sits: base types, signatures, fields, attributes, locals and every instruction of
/// every method body (lambdas and async state machines included, as nested types of the type that wrote them).
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Root = "JapanAiGov.Web";
    private const string Pages = "Pages";

    /// <summary>Razor compiles .cshtml files into this namespace; they belong to Pages.</summary>
    private const string RazorViews = "AspNetCoreGeneratedDocument";

    private static readonly string[] FrameworkNamespaces =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Data", "Npgsql"];

    [Fact]
    public void WebAssembly_FolderDependencies_RunOneWay()
    {
        using var graph = DependencyGraph.Read(typeof(Program).Assembly.Location);
        var violations = new List<string>();

        foreach (var (type, references) in graph.References)
        {
            var folder = FolderOf(type);
            foreach (var reference in references)
            {
                var target = FolderOf(reference);
                if (folder == "Items" && !graph.IsOwn(reference) && FrameworkNamespaces.Any(ns => IsUnder(reference.Namespace, ns)))
                {
                    violations.Add($"Items/ uses no framework types: {Describe(type)} uses {reference.FullName}");
                }

                if (graph.IsOwn(reference) && folder != Pages && target == Pages)
                {
                    violations.Add($"Nothing outside Pages/ references Pages/: {Describe(type)} uses {Describe(reference)}");
                }

                if (graph.IsOwn(reference) && folder == "Infrastructure" && target is not (null or "Infrastructure"))
                {
                    violations.Add($"Infrastructure/ references no feature folder: {Describe(type)} uses {Describe(reference)}");
                }

                if (graph.IsOwn(reference) && folder == "Analysis" && target == "Api")
                {
                    violations.Add($"Analysis/ (the read side) does not reference Api/ (built on it): {Describe(type)} uses {Describe(reference)}");
                }
            }
        }

        var backgroundServices = graph.References.Keys.Where(IsHostedService).ToList();
        Assert.NotEmpty(backgroundServices);
        foreach (var service in backgroundServices)
        {
            foreach (var (reached, path) in graph.Reachable(service))
            {
                if (FolderOf(reached) == Pages)
                {
                    violations.Add($"Background services never reference Pages/: {string.Join(" → ", path.Select(Describe))}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Folder dependency rules broken:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Distinct()));
    }

    /// <summary>
    /// Composition roots may reach every folder: Data knows every entity, Hosting wires every feature, Pages shows them.
    /// A loop among the other folders means neither side can be understood, changed or tested without the other.
    /// </summary>
    private static readonly string[] CompositionRoots = [Pages, "Data", "Hosting", "Program"];

    [Fact]
    public void WebAssembly_FeatureFolders_FormNoLoop()
    {
        using var graph = DependencyGraph.Read(typeof(Program).Assembly.Location);
        var loops = FolderLoops(graph);

        Assert.True(loops.Count == 0, "Folder loops (each with one reference per step):" + Environment.NewLine + string.Join(Environment.NewLine, loops));
    }

    /// <summary>
    /// Leaves of the folder graph: the cache, the language plumbing and the cross-cutting helpers must never learn about
    /// a feature (a feature registers with them instead), so each may use only the folders listed.
    /// </summary>
    [Theory]
    [InlineData("Caching", new[] { "Infrastructure", "Localization", "Data" })]
    [InlineData("Localization", new[] { "Infrastructure" })]
    [InlineData("Infrastructure", new string[0])]
    public void WebAssembly_LeafFolder_UsesOnlyItsAllowedFolders(string leaf, string[] allowed)
    {
        using var graph = DependencyGraph.Read(typeof(Program).Assembly.Location);
        var violations = graph.References
            .Where(r => FolderOf(r.Key) == leaf)
            .SelectMany(r => r.Value.Where(graph.IsOwn).Select(reference => (Type: r.Key, Reference: reference)))
            .Where(r => FolderOf(r.Reference) is { } target && target != leaf && !allowed.Contains(target))
            .Select(r => $"{Describe(r.Type)} uses {Describe(r.Reference)}")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, $"{leaf}/ may use only [{string.Join(", ", allowed)}]:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    /// <summary>Each cycle of folders (composition roots left out), described by one type-level reference per step.</summary>
    private static List<string> FolderLoops(DependencyGraph graph)
    {
        var edges = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (type, references) in graph.References)
        {
            var from = FolderOf(type);
            if (from is null || CompositionRoots.Contains(from))
            {
                continue;
            }

            foreach (var reference in references.Where(graph.IsOwn))
            {
                var to = FolderOf(reference);
                if (to is null || to == from || CompositionRoots.Contains(to))
                {
                    continue;
                }

                var targets = edges.TryGetValue(from, out var known) ? known : edges[from] = new(StringComparer.Ordinal);
                targets.TryAdd(to, $"{Describe(type)} uses {Describe(reference)}");
            }
        }

        var loops = new List<string>();
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            // Shortest path back to the start, so each loop is reported once from its alphabetically first folder.
            var previous = new Dictionary<string, string> { [start] = start };
            var queue = new Queue<string>([start]);
            string? closing = null;
            while (queue.Count > 0 && closing is null)
            {
                var folder = queue.Dequeue();
                foreach (var next in edges.GetValueOrDefault(folder)?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
                {
                    if (next == start)
                    {
                        closing = folder;
                        break;
                    }

                    if (string.CompareOrdinal(next, start) > 0 && previous.TryAdd(next, folder))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            if (closing is null)
            {
                continue;
            }

            var path = new List<string> { start };
            for (var at = closing; at != start; at = previous[at])
            {
                path.Insert(1, at);
            }

            path.Add(start);
            var steps = path.Zip(path.Skip(1), (a, b) => $"  {a} → {b}: {edges[a][b]}");
            loops.Add(string.Join(" → ", path) + Environment.NewLine + string.Join(Environment.NewLine, steps));
        }

        return loops;
    }

    /// <summary>The folder under src/JapanAiGov.Web a type lives in; null for types the compiler generated outside them.</summary>
    private static string? FolderOf(TypeReference type)
    {
        var ns = type.Namespace;
        if (ns == RazorViews || IsUnder(ns, RazorViews))
        {
            return Pages;
        }

        if (type.Name == "Program" && ns.Length == 0)
        {
            return "Program";
        }

        return ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;
    }

    private static bool IsUnder(string ns, string prefix) =>
        ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    /// <summary><c>Pages.Dashboard.IndexModel</c> for a type of this assembly, the full name otherwise.</summary>
    private static string Describe(TypeReference type) =>
        type.FullName.StartsWith(Root + ".", StringComparison.Ordinal) ? type.FullName[(Root.Length + 1)..] : type.FullName;

    /// <summary>Derives from BackgroundService or implements IHostedService, itself or through a base class of this assembly.</summary>
    private static bool IsHostedService(TypeDefinition type)
    {
        for (var current = type; ; current = (TypeDefinition)current.BaseType)
        {
            if (current.Interfaces.Any(i => i.InterfaceType.FullName == "Microsoft.Extensions.Hosting.IHostedService")
                || current.BaseType?.FullName == "Microsoft.Extensions.Hosting.BackgroundService")
            {
                return true;
            }

            if (current.BaseType is not TypeDefinition)
            {
                return false;
            }
        }
    }

    /// <summary>Every top-level type of the assembly and the types it references (its nested types folded in).</summary>
    private sealed class DependencyGraph : IDisposable
    {
        private readonly ModuleDefinition _module;

        private DependencyGraph(ModuleDefinition module) => _module = module;

        public Dictionary<TypeDefinition, HashSet<TypeReference>> References { get; } = [];

        public static DependencyGraph Read(string path)
        {
            var module = ModuleDefinition.ReadModule(path);
            var graph = new DependencyGraph(module);
            foreach (var type in module.Types.Where(t => t.Name != "<Module>"))
            {
                var references = new HashSet<TypeReference>(TypeComparer.Instance);
                Collect(type, references);
                references.RemoveWhere(r => graph.IsOwn(r) && Outermost(r).FullName == type.FullName);
                graph.References[type] = references;
            }

            return graph;
        }

        public bool IsOwn(TypeReference type) => type is TypeDefinition || type.Scope == _module;

        public void Dispose() => _module.Dispose();

        /// <summary>Types of this assembly reachable from <paramref name="start"/>, each with the path that reaches it.</summary>
        public IEnumerable<(TypeReference Type, List<TypeReference> Path)> Reachable(TypeDefinition start)
        {
            var byName = References.Keys.ToDictionary(t => t.FullName);
            var seen = new HashSet<string> { start.FullName };
            var queue = new Queue<(TypeDefinition Type, List<TypeReference> Path)>([(start, [start])]);
            while (queue.Count > 0)
            {
                var (type, path) = queue.Dequeue();
                foreach (var reference in References[type].Where(IsOwn))
                {
                    if (seen.Add(reference.FullName) && byName.TryGetValue(reference.FullName, out var next))
                    {
                        List<TypeReference> nextPath = [.. path, reference];
                        yield return (reference, nextPath);
                        queue.Enqueue((next, nextPath));
                    }
                }
            }
        }

        private static void Collect(TypeDefinition type, HashSet<TypeReference> into)
        {
            Add(type.BaseType, into);
            foreach (var i in type.Interfaces)
            {
                Add(i.InterfaceType, into);
            }

            AddAttributes(type, into);
            AddGenericParameters(type, into);
            foreach (var field in type.Fields)
            {
                Add(field.FieldType, into);
                AddAttributes(field, into);
            }

            foreach (var property in type.Properties)
            {
                Add(property.PropertyType, into);
                AddAttributes(property, into);
            }

            foreach (var e in type.Events)
            {
                Add(e.EventType, into);
            }

            foreach (var method in type.Methods)
            {
                AddMethod(method, into);
                AddAttributes(method, into);
                AddGenericParameters(method, into);
                foreach (var parameter in method.Parameters)
                {
                    AddAttributes(parameter, into);
                }

                if (method.HasBody)
                {
                    AddBody(method.Body, into);
                }
            }

            foreach (var nested in type.NestedTypes)
            {
                Collect(nested, into);
            }
        }

        private static void AddBody(MethodBody body, HashSet<TypeReference> into)
        {
            foreach (var variable in body.Variables)
            {
                Add(variable.VariableType, into);
            }

            foreach (var handler in body.ExceptionHandlers)
            {
                Add(handler.CatchType, into);
            }

            foreach (var instruction in body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(t, into);
                        break;
                    case MethodReference m:
                        AddMethod(m, into);
                        break;
                    case FieldReference f:
                        Add(f.DeclaringType, into);
                        Add(f.FieldType, into);
                        break;
                    case CallSite site:
                        AddSignature(site, into);
                        break;
                }
            }
        }

        private static void AddMethod(MethodReference method, HashSet<TypeReference> into)
        {
            Add(method.DeclaringType, into);
            AddSignature(method, into);
            if (method is GenericInstanceMethod generic)
            {
                AddGenericArguments(generic, into);
            }
        }

        private static void AddSignature(IMethodSignature signature, HashSet<TypeReference> into)
        {
            Add(signature.ReturnType, into);
            foreach (var parameter in signature.Parameters)
            {
                Add(parameter.ParameterType, into);
            }
        }

        private static void AddGenericArguments(IGenericInstance instance, HashSet<TypeReference> into)
        {
            foreach (var argument in instance.GenericArguments)
            {
                Add(argument, into);
            }
        }

        private static void AddAttributes(ICustomAttributeProvider provider, HashSet<TypeReference> into)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType, into);
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)).Concat(attribute.Fields.Select(f => f.Argument)))
                {
                    Add(argument.Type, into);
                    if (argument.Value is TypeReference typeOf)
                    {
                        Add(typeOf, into);
                    }
                }
            }
        }

        private static void AddGenericParameters(IGenericParameterProvider provider, HashSet<TypeReference> into)
        {
            foreach (var parameter in provider.GenericParameters)
            {
                foreach (var constraint in parameter.Constraints)
                {
                    Add(constraint.ConstraintType, into);
                }
            }
        }

        /// <summary>Adds a type with everything its signature names: element types, generic arguments, declaring types.</summary>
        private static void Add(TypeReference? type, HashSet<TypeReference> into)
        {
            switch (type)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType, into);
                    AddGenericArguments(generic, into);
                    return;
                case IModifierType modified:
                    Add(modified.ModifierType, into);
                    Add(modified.ElementType, into);
                    return;
                case FunctionPointerType pointer:
                    AddSignature(pointer, into);
                    return;
                case TypeSpecification specification:
                    Add(specification.ElementType, into);
                    return;
                default:
                    into.Add(Outermost(type));
                    return;
            }
        }

        private static TypeReference Outermost(TypeReference type)
        {
            while (type.DeclaringType is not null)
            {
                type = type.DeclaringType;
            }

            return type;
        }
    }

    private sealed class TypeComparer : IEqualityComparer<TypeReference>
    {
        public static readonly TypeComparer Instance = new();

        public bool Equals(TypeReference? x, TypeReference? y) => x?.FullName == y?.FullName;

        public int GetHashCode(TypeReference obj) => obj.FullName.GetHashCode(StringComparison.Ordinal);
    }
}
