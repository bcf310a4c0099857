using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The doubles a test class's setup creates, and which setup symbols are other names for the same double
    /// (<c>_orders = orders</c>, <c>_repository = mock.Object</c>), so that a test is charged only with the setup doubles it names itself.
    /// </summary>
    internal sealed class SetupDoubles
    {
        public SetupDoubles(ImmutableArray<DoubleSite> doubles, Dictionary<ISymbol, HashSet<ISymbol>> aliases)
        {
            Doubles = doubles;
            Aliases = aliases;
        }

        /// <summary>Each double the setup creates, with the local, field or property it is stored in (<see cref="DoubleSite.Holder"/>).</summary>
        public ImmutableArray<DoubleSite> Doubles { get; }

        /// <summary>Symbol → the symbols whose double it was given as it is (not built into something else) during setup.</summary>
        public Dictionary<ISymbol, HashSet<ISymbol>> Aliases { get; }
    }

    internal sealed partial class DoubleService
    {
        private const int MaxHelperFollowDepth = 3;

        private readonly ConcurrentDictionary<INamedTypeSymbol, SetupDoubles> _setupDoubles =
            new ConcurrentDictionary<INamedTypeSymbol, SetupDoubles>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<IMethodSymbol, HashSet<ISymbol>> _namedByTest =
            new ConcurrentDictionary<IMethodSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);

        /// <summary>The doubles created by the setup of <paramref name="testClass"/> (see <see cref="GetSetupOperations"/>) and the setup's aliases.</summary>
        public SetupDoubles GetSetupDoubles(INamedTypeSymbol testClass, CancellationToken cancellationToken)
        {
            if (_setupDoubles.TryGetValue(testClass, out var known))
            {
                return known;
            }

            var doubles = ImmutableArray.CreateBuilder<DoubleSite>();
            var aliases = new Dictionary<ISymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
            foreach (var root in _model.Tests.GetSetupOperations(testClass, cancellationToken))
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (operation)
                    {
                        case IObjectCreationOperation or IInvocationOperation when TryGetDoubleSite(operation, out var site):
                            doubles.Add(site);
                            break;
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                            AddAlias(aliases, declarator.Symbol, initializer.Value);
                            break;
                        case IFieldInitializerOperation fieldInitializer:
                            foreach (var field in fieldInitializer.InitializedFields)
                            {
                                AddAlias(aliases, field, fieldInitializer.Value);
                            }

                            break;
                        case IPropertyInitializerOperation propertyInitializer:
                            foreach (var property in propertyInitializer.InitializedProperties)
                            {
                                AddAlias(aliases, property, propertyInitializer.Value);
                            }

                            break;
                        case ISimpleAssignmentOperation assignment when OperationQueries.SymbolOf(assignment.Target) is { } target:
                            AddAlias(aliases, target, assignment.Value);
                            break;
                    }
                }
            }

            known = new SetupDoubles(doubles.ToImmutable(), aliases);
            _setupDoubles.TryAdd(testClass, known);
            return known;
        }

        /// <summary>
        /// The setup symbols a test touches itself: the fields, properties and locals its body names, those the class's own helpers it
        /// calls name (up to <see cref="MaxHelperFollowDepth"/> calls deep), and the setup symbols those are aliases of. A double that setup
        /// only built into something else (a class under test, another double's answer) is not touched by naming that something.
        /// </summary>
        /// <param name="throughHelpers">Also the names of the helpers the test calls; false for what the test's own body names.</param>
        public HashSet<ISymbol> GetTouchedSetupSymbols(IMethodSymbol test, IOperation body, SetupDoubles setup, CancellationToken cancellationToken, bool throughHelpers = true)
        {
            HashSet<ISymbol> touched;
            if (throughHelpers)
            {
                touched = new HashSet<ISymbol>(GetNamedSymbols(test, body, cancellationToken), SymbolEqualityComparer.Default);
            }
            else
            {
                touched = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                CollectNamedSymbols(body, touched, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), MaxHelperFollowDepth, cancellationToken);
            }

            var pending = new Stack<ISymbol>(touched);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (setup.Aliases.TryGetValue(pending.Pop(), out var sources))
                {
                    foreach (var source in sources)
                    {
                        if (touched.Add(source))
                        {
                            pending.Push(source);
                        }
                    }
                }
            }

            return touched;
        }

        /// <summary>The fields, properties and locals <paramref name="body"/> (the body of <paramref name="test"/>) and the helpers it calls name; memoised per test.</summary>
        public HashSet<ISymbol> GetNamedSymbols(IMethodSymbol test, IOperation body, CancellationToken cancellationToken)
        {
            if (_namedByTest.TryGetValue(test, out var names))
            {
                return names;
            }

            names = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            CollectNamedSymbols(body, names, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
            return _namedByTest.GetOrAdd(test, names);
        }

        private void CollectNamedSymbols(IOperation root, HashSet<ISymbol> names, HashSet<IMethodSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation when OperationQueries.SymbolOf(operation) is { } symbol:
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
                if (_model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is { } body)
                {
                    CollectNamedSymbols(body, names, visited, depth + 1, cancellationToken);
                }
            }
        }

        /// <summary>
        /// Records that <paramref name="target"/> holds the same double as the symbol <paramref name="value"/> names: the value is that
        /// symbol itself or its double's object (<c>mock.Object</c>), not something built from it.
        /// </summary>
        private void AddAlias(Dictionary<ISymbol, HashSet<ISymbol>> aliases, ISymbol target, IOperation value)
        {
            var operation = OperationQueries.Unwrap(value);
            if (operation is IPropertyReferenceOperation { Instance: { } wrapper } access && IsWrapperObjectProperty(access))
            {
                operation = OperationQueries.Unwrap(wrapper);
            }

            if (OperationQueries.SymbolOf(operation) is not { } source || SymbolEqualityComparer.Default.Equals(source, target))
            {
                return;
            }

            if (!aliases.TryGetValue(target, out var sources))
            {
                sources = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                aliases[target] = sources;
            }

            sources.Add(source);
        }
    }
}
