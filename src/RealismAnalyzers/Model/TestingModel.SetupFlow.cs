using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The doubles a test class's setup creates, and where their values flow (field ← local ← double), so that a test
    /// can be charged only with the setup doubles it can reach.
    /// </summary>
    internal sealed class SetupDoubles
    {
        public SetupDoubles(ImmutableArray<(DoubleSite Site, ISymbol? Anchor)> doubles, Dictionary<ISymbol, HashSet<ISymbol>> flow)
        {
            Doubles = doubles;
            Flow = flow;
        }

        /// <summary>Each setup double with the symbol its value is first stored in (null when it is not stored: always counted).</summary>
        public ImmutableArray<(DoubleSite Site, ISymbol? Anchor)> Doubles { get; }

        /// <summary>Symbol → the symbols whose values went into it during setup.</summary>
        public Dictionary<ISymbol, HashSet<ISymbol>> Flow { get; }
    }

    internal sealed partial class TestingModel
    {
        private const int MaxHelperFollowDepth = 3;

        private readonly ConcurrentDictionary<INamedTypeSymbol, SetupDoubles> _setupDoubles =
            new ConcurrentDictionary<INamedTypeSymbol, SetupDoubles>(SymbolEqualityComparer.Default);

        /// <summary>The doubles created by the setup of <paramref name="testClass"/> (see <see cref="GetSetupOperations"/>) and the setup's data flow.</summary>
        public SetupDoubles GetSetupDoubles(INamedTypeSymbol testClass, CancellationToken cancellationToken)
        {
            if (_setupDoubles.TryGetValue(testClass, out var known))
            {
                return known;
            }

            var doubles = ImmutableArray.CreateBuilder<(DoubleSite, ISymbol?)>();
            var flow = new Dictionary<ISymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
            foreach (var root in GetSetupOperations(testClass, cancellationToken))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (operation)
                    {
                        case IObjectCreationOperation or IInvocationOperation when TryGetDoubleSite(operation, out var site):
                            doubles.Add((site, AnchorOf(operation)));
                            break;
                    }

                    switch (operation)
                    {
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                            AddFlow(flow, declarator.Symbol, initializer.Value);
                            break;
                        case IFieldInitializerOperation fieldInitializer:
                            foreach (var field in fieldInitializer.InitializedFields)
                            {
                                AddFlow(flow, field, fieldInitializer.Value);
                            }

                            break;
                        case IPropertyInitializerOperation propertyInitializer:
                            foreach (var property in propertyInitializer.InitializedProperties)
                            {
                                AddFlow(flow, property, propertyInitializer.Value);
                            }

                            break;
                        case IAssignmentOperation assignment when SymbolOf(assignment.Target) is { } target:
                            AddFlow(flow, target, assignment.Value);
                            break;
                        case IInvocationOperation invocation when RootReceiverSymbol(invocation) is { } receiver:
                            // services.AddSingleton(repo.Object), repo.Setup(...).Returns(customer.Object): the arguments go into the receiver.
                            foreach (var argument in invocation.Arguments)
                            {
                                if (argument.Parameter?.IsThis != true)
                                {
                                    AddFlow(flow, receiver, argument.Value);
                                }
                            }

                            break;
                    }
                }
            }

            known = new SetupDoubles(doubles.ToImmutable(), flow);
            _setupDoubles.TryAdd(testClass, known);
            return known;
        }

        /// <summary>
        /// The fields, properties and locals of the class's setup that <paramref name="body"/> can reach: those it names, those the
        /// class's own helpers it calls name (up to <see cref="MaxHelperFollowDepth"/> calls deep), and everything that flowed into them.
        /// </summary>
        public HashSet<ISymbol> GetReachableSetupSymbols(IOperation body, SetupDoubles setup, CancellationToken cancellationToken)
        {
            var reached = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            CollectNamedSymbols(body, reached, visited, 0, cancellationToken);

            var pending = new Stack<ISymbol>(reached);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (setup.Flow.TryGetValue(pending.Pop(), out var sources))
                {
                    foreach (var source in sources)
                    {
                        if (reached.Add(source))
                        {
                            pending.Push(source);
                        }
                    }
                }
            }

            return reached;
        }

        private void CollectNamedSymbols(IOperation root, HashSet<ISymbol> names, HashSet<IMethodSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation when SymbolOf(operation) is { } symbol:
                        names.Add(symbol);
                        if (operation is IPropertyReferenceOperation { Property.GetMethod: { } getter })
                        {
                            FollowHelper(getter, names, visited, depth, cancellationToken);
                        }

                        break;
                    case IInvocationOperation { Instance: null or IInstanceReferenceOperation } invocation:
                        FollowHelper(invocation.TargetMethod, names, visited, depth, cancellationToken);
                        break;
                }
            }
        }

        private void FollowHelper(IMethodSymbol method, HashSet<ISymbol> names, HashSet<IMethodSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            if (depth >= MaxHelperFollowDepth || !StackGuard.IsSufficient() || method.DeclaringSyntaxReferences.IsDefaultOrEmpty || !visited.Add(method.OriginalDefinition))
            {
                return;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is { } body)
                {
                    CollectNamedSymbols(body, names, visited, depth + 1, cancellationToken);
                }
            }
        }

        /// <summary>The symbol a double's value is first stored in during setup: the target of the nearest enclosing assignment or initializer.</summary>
        private static ISymbol? AnchorOf(IOperation creation)
        {
            for (var current = creation; current.Parent is { } parent; current = parent)
            {
                switch (parent)
                {
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return declarator.Symbol;
                    case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Length > 0:
                        return fieldInitializer.InitializedFields[0];
                    case IPropertyInitializerOperation propertyInitializer when propertyInitializer.InitializedProperties.Length > 0:
                        return propertyInitializer.InitializedProperties[0];
                    case IAssignmentOperation assignment when assignment.Value == current:
                        return SymbolOf(assignment.Target);
                    case IInvocationOperation invocation when RootReceiverSymbol(invocation) is { } receiver && current is IArgumentOperation:
                        return receiver;
                    case IExpressionStatementOperation:
                    case IBlockOperation:
                    case IAnonymousFunctionOperation:
                        return null;
                }
            }

            return null;
        }

        private static ISymbol? RootReceiverSymbol(IInvocationOperation invocation)
        {
            IOperation? current = invocation;
            for (var depth = 0; depth < 32 && current is IInvocationOperation call; depth++)
            {
                current = Receiver(call);
            }

            while (current is IPropertyReferenceOperation { Instance: { } instance } property && SymbolOf(property) is null)
            {
                // mock.Object.Add(...): the receiver is the mock.
                current = Unwrap(instance);
            }

            return current is null ? null : SymbolOf(current);
        }

        private static void AddFlow(Dictionary<ISymbol, HashSet<ISymbol>> flow, ISymbol target, IOperation value)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                if (operation is IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation &&
                    SymbolOf(operation) is { } source && !SymbolEqualityComparer.Default.Equals(source, target))
                {
                    if (!flow.TryGetValue(target, out var sources))
                    {
                        sources = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                        flow[target] = sources;
                    }

                    sources.Add(source);
                }
            }
        }
    }
}
