using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>
    /// RA4002: a wall-clock read in a test or its setup whose value reaches an assertion or production code
    /// (through locals, arithmetic, formatting, fields of the test class and helpers of the test class).
    /// Values used only for output text (console, test output, logs, assertion messages) are not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA4002TestReadsTheWallClock : RealismAnalyzer
    {
        private const int MaxSteps = 256;
        private const int MaxHelperDepth = 3;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA4002TestReadsTheWallClock);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var operation = operationContext.Operation;
                    if (!TestingModel.IsWallClockRead(operation))
                    {
                        return;
                    }

                    var where = model.GetTestCodeKind(operationContext.ContainingSymbol);
                    if (where != TestCodeKind.Test && where != TestCodeKind.Setup)
                    {
                        return;
                    }

                    var flow = new Flow(model, operationContext.ContainingSymbol.ContainingType, operationContext.CancellationToken);
                    var sink = flow.FindSink(operation);
                    if (sink is null)
                    {
                        return;
                    }

                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA4002TestReadsTheWallClock,
                        operation.Syntax.GetLocation(),
                        operation.Syntax.ToString(),
                        sink));
                },
                OperationKind.PropertyReference);
        }

        /// <summary>Follows one wall-clock value forward until it reaches an assertion or production code.</summary>
        private sealed class Flow
        {
            private readonly TestingModel _model;
            private readonly INamedTypeSymbol? _testClass;
            private readonly CancellationToken _cancellationToken;
            private readonly Stack<(IOperation Value, int Depth)> _pending = new Stack<(IOperation, int)>();
            private readonly HashSet<ISymbol> _seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            private int _steps;

            public Flow(TestingModel model, INamedTypeSymbol? testClass, CancellationToken cancellationToken)
            {
                _model = model;
                _testClass = testClass;
                _cancellationToken = cancellationToken;
            }

            /// <summary>"an assertion" or "production code" when the value gets there; null when it is used only for output or not at all.</summary>
            public string? FindSink(IOperation read)
            {
                _pending.Push((read, 0));
                while (_pending.Count > 0 && _steps++ < MaxSteps)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var (value, depth) = _pending.Pop();
                    var sink = Follow(value, depth);
                    if (sink is not null)
                    {
                        return sink;
                    }
                }

                return null;
            }

            /// <summary>Walks up from a tainted value; returns the sink it reaches, or queues the places the value is stored.</summary>
            private string? Follow(IOperation value, int depth)
            {
                // Follow climbs the tree (argument → call → its parent), so it ends at the root; the stack may still run short on deep code.
                if (!StackGuard.IsSufficient())
                {
                    return null;
                }

                var current = value;
                for (var guard = 0; guard < 64; guard++)
                {
                    var parent = current.Parent;
                    switch (parent)
                    {
                        case null:
                            return null;

                        case IArgumentOperation argument:
                            return FollowArgument(argument, depth);

                        case IInvocationOperation invocation:
                            // The value is the receiver: `now.AddDays(1)`, `now.ToString("o")`.
                            if (_model.IsProductionMember(invocation.TargetMethod) && !IsTestClassMember(invocation.TargetMethod))
                            {
                                return "production code";
                            }

                            current = invocation;
                            continue;

                        case IPropertyReferenceOperation or IFieldReferenceOperation when current == ((IMemberReferenceOperation)parent).Instance:
                            current = parent;
                            continue;

                        case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                            QueueLocal(declarator.Symbol, depth);
                            return null;

                        case IVariableInitializerOperation { Parent: IVariableDeclarationOperation declaration }:
                            foreach (var declared in declaration.Declarators)
                            {
                                QueueLocal(declared.Symbol, depth);
                            }

                            return null;

                        case IFieldInitializerOperation fieldInitializer:
                            foreach (var field in fieldInitializer.InitializedFields)
                            {
                                QueueMember(field, depth);
                            }

                            return null;

                        case IPropertyInitializerOperation propertyInitializer:
                            foreach (var property in propertyInitializer.InitializedProperties)
                            {
                                QueueMember(property, depth);
                            }

                            return null;

                        case ISimpleAssignmentOperation assignment when assignment.Value == current:
                            return FollowAssignment(assignment, depth);

                        case IReturnOperation:
                            return FollowReturn(current, depth);

                        case IExpressionStatementOperation:
                        case IBlockOperation:
                        case IThrowOperation:
                            return null;

                        case IConditionalOperation conditional when conditional.Condition == current:
                        case IWhileLoopOperation:
                        case ISwitchOperation:
                            // Deciding a branch on the clock is not the value reaching a check.
                            return null;

                        default:
                            // Conversions, arithmetic, comparisons, formatting, awaits, tuples, collections of the value.
                            current = parent;
                            continue;
                    }
                }

                return null;
            }

            private string? FollowArgument(IArgumentOperation argument, int depth)
            {
                switch (argument.Parent)
                {
                    case IInvocationOperation invocation:
                        var info = _model.Classify(invocation);
                        if (info.IsCheck || info.Role == InvocationRole.AssertionStart)
                        {
                            return TestingModel.IsAssertionMessageParameter(argument.Parameter) ? null : "an assertion";
                        }

                        if (info.Role == InvocationRole.DoubleConfiguration)
                        {
                            // A double answers production code with what it was configured to return.
                            return "production code";
                        }

                        var method = invocation.TargetMethod;
                        if (_model.IsProductionMember(method))
                        {
                            if (IsTestClassMember(method))
                            {
                                FollowIntoHelper(method, argument.Parameter, depth);
                                return null;
                            }

                            return "production code";
                        }

                        // A library call that returns something carries the value on: `now.AddDays(1)`, `string.Format(..., now)`,
                        // NUnit `Is.EqualTo(now)`; one that returns nothing (console, test output, logger) ends it.
                        return method.ReturnsVoid ? null : Follow(invocation, depth);

                    case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                        if (_model.IsProductionMember(constructor))
                        {
                            return IsTestClassMember(constructor) ? null : "production code";
                        }

                        return Follow(creation, depth);
                }

                return null;
            }

            private string? FollowAssignment(ISimpleAssignmentOperation assignment, int depth)
            {
                switch (TestingModel.Unwrap(assignment.Target))
                {
                    case ILocalReferenceOperation local:
                        QueueLocal(local.Local, depth);
                        return null;

                    case IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } when assignment.Parent is IAnonymousObjectCreationOperation anonymous:
                        // `new { PlacedAt = DateTime.Now }`: the anonymous object carries the value on.
                        return Follow(anonymous, depth);

                    case IPropertyReferenceOperation { Property: var property }:
                        if (_model.IsProductionMember(property) && !IsTestClassMember(property))
                        {
                            // `order.PlacedAt = DateTime.Now`, `new Order { PlacedAt = DateTime.Now }`.
                            return "production code";
                        }

                        QueueMember(property, depth);
                        return null;

                    case IFieldReferenceOperation { Field: var field }:
                        if (_model.IsProductionMember(field) && !IsTestClassMember(field))
                        {
                            return "production code";
                        }

                        QueueMember(field, depth);
                        return null;
                }

                return null;
            }

            /// <summary>A value returned from a lambda goes wherever the lambda goes (e.g. a double's <c>Returns(() => DateTime.Now)</c>).</summary>
            private string? FollowReturn(IOperation returned, int depth)
            {
                for (var current = returned.Parent; current is not null; current = current.Parent)
                {
                    if (current is IAnonymousFunctionOperation lambda)
                    {
                        return Follow(lambda, depth);
                    }

                    if (current is ILocalFunctionOperation or IMethodBodyOperation or IConstructorBodyOperation)
                    {
                        return null;
                    }
                }

                return null;
            }

            private bool IsTestClassMember(ISymbol member)
            {
                for (var type = member.ContainingType; type is not null; type = type.ContainingType)
                {
                    if (SymbolEqualityComparer.Default.Equals(type, _testClass) || _model.DeclaresTests(type))
                    {
                        return true;
                    }
                }

                return false;
            }

            private void QueueLocal(ILocalSymbol local, int depth)
            {
                if (!_seen.Add(local))
                {
                    return;
                }

                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    var scope = reference.GetSyntax(_cancellationToken);
                    var body = EnclosingBody(scope);
                    if (body is null)
                    {
                        continue;
                    }

                    var root = _model.GetOperation(body, _cancellationToken);
                    if (root is null)
                    {
                        continue;
                    }

                    foreach (var node in root.Descendants())
                    {
                        if (node is ILocalReferenceOperation { IsDeclaration: false } read &&
                            SameDeclaration(read.Local, local) && !IsAssignmentTarget(read))
                        {
                            _pending.Push((read, depth));
                        }
                    }
                }
            }

            /// <summary>A field or property of the test class holding the value: follow its reads in every member of the class.</summary>
            private void QueueMember(ISymbol member, int depth)
            {
                if (_testClass is null || !IsTestClassMember(member) || !_seen.Add(member))
                {
                    return;
                }

                foreach (var classMember in member.ContainingType.GetMembers())
                {
                    foreach (var reference in classMember.DeclaringSyntaxReferences)
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                        var root = _model.GetOperation(reference.GetSyntax(_cancellationToken), _cancellationToken);
                        if (root is null)
                        {
                            continue;
                        }

                        foreach (var node in root.DescendantsAndSelf())
                        {
                            var read = node switch
                            {
                                IFieldReferenceOperation field when SameDeclaration(field.Field, member) => node,
                                IPropertyReferenceOperation property when SameDeclaration(property.Property, member) => node,
                                _ => null,
                            };
                            if (read is not null && !IsAssignmentTarget(read))
                            {
                                _pending.Push((read, depth));
                            }
                        }
                    }
                }
            }

            /// <summary>A helper of the test class receives the value as a parameter: follow the parameter in the helper.</summary>
            private void FollowIntoHelper(IMethodSymbol method, IParameterSymbol? parameter, int depth)
            {
                if (parameter is null || depth >= MaxHelperDepth)
                {
                    return;
                }

                method = method.OriginalDefinition;
                var target = parameter.OriginalDefinition;
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var root = _model.GetOperation(reference.GetSyntax(_cancellationToken), _cancellationToken);
                    if (root is null)
                    {
                        continue;
                    }

                    foreach (var node in root.Descendants())
                    {
                        if (node is IParameterReferenceOperation read &&
                            SameDeclaration(read.Parameter.OriginalDefinition, target) && !IsAssignmentTarget(read))
                        {
                            _pending.Push((read, depth + 1));
                        }
                    }
                }
            }

            /// <summary>
            /// The same declared symbol, also when the two come from different semantic models
            /// (locals are bound anew by each one, so they are compared by where they are declared).
            /// </summary>
            private static bool SameDeclaration(ISymbol a, ISymbol b)
            {
                if (SymbolEqualityComparer.Default.Equals(a, b))
                {
                    return true;
                }

                return a.Kind == b.Kind && a.Name == b.Name && !a.Locations.IsDefaultOrEmpty && !b.Locations.IsDefaultOrEmpty &&
                    a.Locations[0] == b.Locations[0];
            }

            private static bool IsAssignmentTarget(IOperation reference) =>
                reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

            private static SyntaxNode? EnclosingBody(SyntaxNode declaration)
            {
                for (var node = declaration.Parent; node is not null; node = node.Parent)
                {
                    switch (node)
                    {
                        case Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax:
                        case Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax:
                        case Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax:
                        case Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax:
                            return node;
                    }
                }

                return null;
            }
        }
    }
}
