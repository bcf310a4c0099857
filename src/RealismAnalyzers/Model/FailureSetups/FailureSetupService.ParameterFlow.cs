using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>Where a data-driven test's parameter goes (RA3006): into the code under test as it is, or elsewhere.</summary>
    internal sealed partial class FailureSetupService
    {
        /// <summary>How many uses of a parameter and of the values carrying it are followed.</summary>
        private const int MaxFlowSteps = 128;

        /// <summary>
        /// True when <paramref name="parameter"/> reaches production code as it is somewhere in <paramref name="body"/>: as an argument of
        /// a production call or constructor, the receiver of a production member, a value assigned to a production property, directly or
        /// through locals, containers (arrays, collection initializers) and same-kind transformations (<c>value.Trim()</c>,
        /// <c>items.ToList()</c>). A parameter does not reach the code under test as it is when its only uses
        /// <list type="bullet">
        /// <item>convert it into another kind of value first — a parse, a BCL constructor or factory (<c>IPAddress.Parse</c>,
        /// <c>new DateTime(y, m, d)</c>, <c>new CultureInfo(name)</c>, <c>BitConverter.Int64BitsToDouble</c>), or a production
        /// constructor, factory or parse whose result is handed on to another production call (<c>new LocalDate(2011, 11, day).Next(…)</c>,
        /// <c>pattern.Parse(text).Value</c> passed to <c>Period.Between</c>);</item>
        /// <item>are an assertion's operands (the expected value), comparisons and conditions (a branch selector), arithmetic
        /// or text built around it (<c>$"{count} {symbol}"</c>).</item>
        /// </list>
        /// An edge value of such a parameter would test the conversion or the test itself, not the product.
        /// </summary>
        public bool ReachesProductionAsIs(IParameterSymbol parameter, IOperation body, ProductionScope production) => ReachesProductionAsIs(parameter, body, production, null);

        /// <summary>
        /// As <see cref="ReachesProductionAsIs(IParameterSymbol, IOperation, ProductionScope)"/>, and lists in <paramref name="targets"/> the production
        /// members it reaches as an argument (with the parameter's ordinal) or receiver (ordinal -1); a null member stands for a reach
        /// the Model cannot name (a helper of the test, a double's answer, a property).
        /// </summary>
        public bool ReachesProductionAsIs(IParameterSymbol parameter, IOperation body, ProductionScope production, List<(IMethodSymbol? Member, int Ordinal)>? targets)
        {
            var tracked = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { parameter };
            var pending = new Queue<IOperation>();
            foreach (var operation in body.Descendants())
            {
                if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
                {
                    pending.Enqueue(reference);
                }
            }

            var reaches = false;
            for (var steps = 0; pending.Count > 0 && steps < MaxFlowSteps; steps++)
            {
                var value = pending.Dequeue();
                switch (Follow(production, value, out var carrier, out var target))
                {
                    case Flow.AsIs:
                        reaches = true;
                        if (targets is null)
                        {
                            return true;
                        }

                        targets.Add(target);
                        break;

                    case Flow.Carried when carrier is IOperation carrierValue:
                        pending.Enqueue(carrierValue);
                        break;

                    case Flow.Carried when carrier is ILocalSymbol local && tracked.Add(local):
                        foreach (var operation in body.Descendants())
                        {
                            if (operation is ILocalReferenceOperation use && SymbolEqualityComparer.Default.Equals(use.Local, local) && !IsAssignmentTarget(use))
                            {
                                pending.Enqueue(use);
                            }
                        }

                        break;
                }
            }

            if (pending.Count > 0)
            {
                // Too many uses to follow: assume it reaches the product somewhere the Model cannot name.
                targets?.Add((null, -1));
                return true;
            }

            return reaches;
        }

        private enum Flow
        {
            /// <summary>The value goes nowhere the product sees it as it is.</summary>
            Stops,

            /// <summary>The value reaches production code as it is.</summary>
            AsIs,

            /// <summary>The value goes on in another value (a container, a same-kind result) or a local: follow that.</summary>
            Carried,
        }

        /// <summary>What happens to <paramref name="value"/> at its parent; <paramref name="target"/> names the production member it reaches as it is.</summary>
        private Flow Follow(ProductionScope production, IOperation value, out object? carrier, out (IMethodSymbol? Member, int Ordinal) target)
        {
            carrier = null;
            target = (null, -1);
            var current = value;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IArgumentOperation { Parent: IInvocationOperation call } argument:
                    if (call.IsImplicit && call.Parent is IObjectOrCollectionInitializerOperation)
                    {
                        // new List<string> { value }: the collection carries it.
                        carrier = ContainerOf(call);
                        return carrier is null ? Flow.Stops : Flow.Carried;
                    }

                    target = (call.TargetMethod, argument.Parameter?.Ordinal ?? -1);
                    return FollowIntoCall(production, call, call.TargetMethod, value, isReceiver: call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0, out carrier, ref target);

                case IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } creation } argument:
                    target = (constructor, argument.Parameter?.Ordinal ?? -1);
                    return FollowIntoCall(production, creation, constructor, value, isReceiver: false, out carrier, ref target);

                case IInvocationOperation call when call.Instance == current:
                    target = (call.TargetMethod, -1);
                    return FollowIntoCall(production, call, call.TargetMethod, value, isReceiver: true, out carrier, ref target);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    carrier = declarator.Symbol;
                    return Flow.Carried;

                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                    carrier = local.Local;
                    return Flow.Carried;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation or IFieldReferenceOperation } assignment when assignment.Value == current:
                    // sut.Limit = value; new Options { Limit = value }: the product reads it as it is.
                    var member = assignment.Target is IPropertyReferenceOperation property ? (ISymbol)property.Property : ((IFieldReferenceOperation)assignment.Target).Field;
                    return production.IsProductionMember(member) && !IsTestCode(member) ? Flow.AsIs : Flow.Stops;

                case IArrayInitializerOperation:
                    carrier = ContainerOf(current.Parent);
                    return carrier is null ? Flow.Stops : Flow.Carried;

                case IAnonymousObjectCreationOperation or ITupleOperation:
                    carrier = current.Parent;
                    return Flow.Carried;
            }

            return Flow.Stops;
        }

        private Flow FollowIntoCall(ProductionScope production, IOperation call, IMethodSymbol target, IOperation value, bool isReceiver, out object? carrier, ref (IMethodSymbol? Member, int Ordinal) reached)
        {
            carrier = null;
            if (call is IInvocationOperation invocation)
            {
                switch (_model.Classify(invocation).Role)
                {
                    case InvocationRole.None:
                        break;

                    case InvocationRole.DoubleConfiguration:
                        // A double answers with it (Returns(value)): the product receives it as it is.
                        reached = (null, -1);
                        return Flow.AsIs;

                    default:
                        // Assertions (expected or actual operand), assertion starts, verifications: not the code under test.
                        return Flow.Stops;
                }
            }

            if (production.IsProductionMember(target) && !IsTestCode(target))
            {
                // A production constructor or factory whose result only feeds the next production call is part of the arrange step.
                if ((target.MethodKind == MethodKind.Constructor || IsFactory(target) || IsParse(target)) && FeedsProduction(production, call))
                {
                    return Flow.Stops;
                }

                return Flow.AsIs;
            }

            if (IsTestCode(target))
            {
                // A helper of the test: it may hand the value to the product; the rule cannot follow it, so it counts as reaching it.
                reached = (null, -1);
                return Flow.AsIs;
            }

            // The BCL or another library: a same-kind result of a member called on the value carries it on (Trim, ToList, ToUpperInvariant),
            // and so does a collection built from a collection (new List<T>(items)); a conversion, or text built around it, stops it.
            var result = ResultType(call);
            if (SameKind(value.Type, result) && (isReceiver || (IsCollection(value.Type!) && IsCollection(result!))))
            {
                carrier = call;
                return Flow.Carried;
            }

            return Flow.Stops;
        }

        internal bool IsTestCode(ISymbol member) =>
            SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _model.Compilation.Assembly) &&
            member.ContainingType is { } type && _model.Tests.IsTestSideType(type, System.Threading.CancellationToken.None);

        private static bool IsFactory(IMethodSymbol method) =>
            method.IsStatic && method.ContainingType is { } type && SymbolEqualityComparer.Default.Equals(method.ReturnType.OriginalDefinition, type.OriginalDefinition);

        /// <summary>A parse of text into a value (<c>Parse</c>, <c>ParseExact</c>, <c>FromString</c>…): its result is what the next call works on.</summary>
        private static bool IsParse(IMethodSymbol method) =>
            !method.ReturnsVoid && (method.Name.StartsWith("Parse", System.StringComparison.Ordinal) || method.Name.StartsWith("From", System.StringComparison.Ordinal));

        private static ITypeSymbol? ResultType(IOperation call) => call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ReturnType,
            _ => call.Type,
        };

        /// <summary>Both are text, both numbers, or both collections: the value's edges survive the step.</summary>
        private static bool SameKind(ITypeSymbol? from, ITypeSymbol? to)
        {
            if (from is null || to is null)
            {
                return false;
            }

            if (from.SpecialType == SpecialType.System_String || to.SpecialType == SpecialType.System_String)
            {
                return from.SpecialType == to.SpecialType;
            }

            if (ScalarKinds.IsNumber(from) || ScalarKinds.IsNumber(to))
            {
                return ScalarKinds.IsNumber(from) && ScalarKinds.IsNumber(to);
            }

            return IsCollection(from) && IsCollection(to);
        }

        private static bool IsCollection(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol)
            {
                return true;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return type.SpecialType != SpecialType.System_String;
                }
            }

            return type.SpecialType == SpecialType.System_Collections_IEnumerable;
        }

        /// <summary>The array or collection creation an initializer belongs to.</summary>
        private static IOperation? ContainerOf(IOperation initializer)
        {
            for (var current = initializer.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IArrayCreationOperation:
                    case IObjectCreationOperation:
                        return current;
                    case IArrayInitializerOperation:
                    case IObjectOrCollectionInitializerOperation:
                    case IInvocationOperation { TargetMethod.Name: "Add" }:
                        continue;
                }

                return null;
            }

            return null;
        }

        /// <summary>The result of a production constructor or factory is handed to another production call (as its receiver or argument).</summary>
        private bool FeedsProduction(ProductionScope production, IOperation creation)
        {
            // Through conversions and member reads of the result: YearMonthPattern.Iso.Parse(text).Value.
            var current = creation;
            while (current.Parent is IConversionOperation or IParenthesizedOperation or IPropertyReferenceOperation or IFieldReferenceOperation)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IInvocationOperation call when call.Instance == current:
                    return production.IsProductionCall(call);
                case IArgumentOperation { Parent: IInvocationOperation call }:
                    return production.IsProductionCall(call);
                case IArgumentOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } }:
                    return production.IsProductionMember(constructor) && !IsTestCode(constructor);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return LocalFeedsProduction(production, declarator.Symbol, current);
            }

            return false;
        }

        private bool LocalFeedsProduction(ProductionScope production, ILocalSymbol local, IOperation anywhere)
        {
            var root = TestBodies.RootOf(anywhere);

            foreach (var operation in root.Descendants())
            {
                if (operation is not ILocalReferenceOperation use || !SymbolEqualityComparer.Default.Equals(use.Local, local))
                {
                    continue;
                }

                IOperation current = use;
                while (current.Parent is IConversionOperation or IParenthesizedOperation)
                {
                    current = current.Parent;
                }

                switch (current.Parent)
                {
                    case IInvocationOperation call when call.Instance == current && production.IsProductionCall(call):
                        return true;
                    case IArgumentOperation { Parent: IInvocationOperation call } when production.IsProductionCall(call):
                        return true;
                }
            }

            return false;
        }

        private static bool IsAssignmentTarget(IOperation reference) =>
            reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;
    }
}
