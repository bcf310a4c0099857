using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>RA2005: a test double of a type with a standard real or ready-made test implementation (loggers, options, clocks, …).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2005DoubleOfTypeWithRealFake : RealismAnalyzer
    {
        public const string LoggingAbstractionsNamespace = "Microsoft.Extensions.Logging.Abstractions";
        public const string OptionsNamespace = "Microsoft.Extensions.Options";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2005DoubleOfTypeWithRealFake);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    if (!model.Doubles.TryGetDoubleSite(operation.Operation, out var site) ||
                        !model.Tests.IsInTestClass(operation.ContainingSymbol.ContainingType ?? operation.ContainingSymbol as INamedTypeSymbol))
                    {
                        return;
                    }

                    var doubled = site.Double.DoubledType;
                    var tree = operation.Operation.Syntax.SyntaxTree;
                    var entry = model.Doubles.ReadyMadeFakes.Find(doubled, operation.Options, tree);
                    if (entry is null)
                    {
                        return;
                    }

                    var cancellationToken = operation.CancellationToken;
                    var references = model.Doubles.GetDoubleReferences(site, cancellationToken);
                    if (entry.Kind == ReadyMadeKind.Logger && IsVerified(model, references, model.Assertions.GetConventions(operation.Options, tree), cancellationToken))
                    {
                        return;
                    }

                    var plan = entry.Kind switch
                    {
                        ReadyMadeKind.Logger => PlanLogger(model, site, references),
                        ReadyMadeKind.Options => PlanOptions(model, site, references),
                        _ => null,
                    };
                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA2005DoubleOfTypeWithRealFake,
                        operation.Operation.Syntax.GetLocation(),
                        plan?.AdditionalLocations,
                        plan?.Properties ?? DoubleFixPlan.NoFix,
                        doubled.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                        Suggestion(entry, doubled)));
                },
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
        }

        private static string Suggestion(ReadyMadeFake entry, ITypeSymbol doubled) =>
            doubled is INamedTypeSymbol { TypeArguments.Length: 1 } generic && entry.Replacement.IndexOf("<T>", System.StringComparison.Ordinal) >= 0
                ? entry.Replacement.Replace("<T>", "<" + generic.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ">")
                : entry.Replacement;

        /// <summary>A logger the test verifies (directly, or by handing it to an assertion helper) is part of what the test checks.</summary>
        private static bool IsVerified(TestingModel model, ImmutableArray<DoubleReference> references, AssertionConventions conventions, CancellationToken cancellationToken)
        {
            foreach (var reference in references)
            {
                if (reference.Kind == DoubleReferenceKind.Verification)
                {
                    return true;
                }

                if (reference.Kind == DoubleReferenceKind.Use)
                {
                    // logger.VerifyLogged(...) / AssertLogged(logger, ...): a helper of the test project that asserts.
                    var value = reference.Reference;
                    while (value.Parent is IConversionOperation or IParenthesizedOperation ||
                           (value.Parent is IPropertyReferenceOperation access && model.Doubles.IsWrapperObjectProperty(access)))
                    {
                        value = value.Parent;
                    }

                    // An assertion library's own members (logger.Should().NotBeNull()) do not look at the logged calls.
                    if (value.Parent is IArgumentOperation { Parent: IInvocationOperation helper } &&
                        model.Classify(helper, conventions) is { Library: TestLibrary.None or TestLibrary.Custom } info &&
                        (info.IsCheck || model.Assertions.MethodAsserts(helper.TargetMethod, conventions, cancellationToken)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static DoubleFixPlan? PlanLogger(TestingModel model, DoubleSite site, ImmutableArray<DoubleReference> references)
        {
            if (site.Creation.SemanticModel is not { } semanticModel || site.Double.DoubledType is not INamedTypeSymbol logger)
            {
                return null;
            }

            string replacement;
            switch (logger.MetadataName)
            {
                case "ILogger`1":
                    replacement = "NullLogger<" + DoubleFixPlan.NameAsWritten(logger.TypeArguments[0], site.Creation.Syntax, semanticModel, site.Creation.Syntax.SpanStart) + ">.Instance";
                    break;
                case "ILogger":
                    replacement = "NullLogger.Instance";
                    break;
                case "ILoggerFactory":
                    replacement = "NullLoggerFactory.Instance";
                    break;
                default:
                    return null;
            }

            var typeName = replacement.Substring(0, replacement.IndexOfAny(new[] { '<', '.' }));
            var usingNamespace = DoubleFixPlan.UsingIfNeeded(semanticModel, site.Creation.Syntax.SpanStart, typeName, LoggingAbstractionsNamespace);
            return DoubleFixPlan.TryReplace(model, site, references, replacement, usingNamespace);
        }

        /// <summary>
        /// <c>IOptions&lt;T&gt;</c> → <c>Options.Create(value)</c>: the value its <c>Value</c> was configured to return (that configuration
        /// goes away), or <c>new T()</c> when it is not configured.
        /// </summary>
        private static DoubleFixPlan? PlanOptions(TestingModel model, DoubleSite site, ImmutableArray<DoubleReference> references)
        {
            if (site.Creation.SemanticModel is not { } semanticModel ||
                site.Double.DoubledType is not INamedTypeSymbol { MetadataName: "IOptions`1", TypeArguments.Length: 1 } options)
            {
                return null;
            }

            IOperation? configuration = null;
            foreach (var reference in references)
            {
                if (reference.Kind == DoubleReferenceKind.Configuration)
                {
                    if (configuration is not null)
                    {
                        return null;
                    }

                    configuration = reference.Top;
                }
            }

            string argument;
            if (configuration is null)
            {
                if (options.TypeArguments[0] is not INamedTypeSymbol { IsAbstract: false } settings || !HasPublicParameterlessConstructor(settings))
                {
                    return null;
                }

                argument = "new " + DoubleFixPlan.NameAsWritten(settings, site.Creation.Syntax, semanticModel, site.Creation.Syntax.SpanStart) + "()";
            }
            else
            {
                var value = ConfiguredValue(model, configuration);
                if (value is null || !IsAvailableAt(value, site.Creation.Syntax.SpanStart, InFieldInitializer(site.Creation)))
                {
                    return null;
                }

                argument = value.Syntax.ToString();
            }

            var usingNamespace = DoubleFixPlan.UsingIfNeeded(semanticModel, site.Creation.Syntax.SpanStart, "Options", OptionsNamespace);
            return DoubleFixPlan.TryReplace(model, site, references, "Options.Create(" + argument + ")", usingNamespace, configuration);
        }

        /// <summary>The value of <c>...Value...Returns(value)</c>; null for any other configuration.</summary>
        private static IOperation? ConfiguredValue(TestingModel model, IOperation configuration)
        {
            if (configuration is not IInvocationOperation returns || !model.Doubles.TryGetDoubleConfiguration(returns, out var configured) ||
                configured.Kind != ConfigurationKind.Returns || configured.Member?.Name != "Value")
            {
                return null;
            }

            IOperation? value = null;
            foreach (var argument in returns.Arguments)
            {
                if (argument.Parameter is { Ordinal: 0 } && returns.TargetMethod.IsExtensionMethod)
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer.ElementValues.IsEmpty: true })
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (value is not null || argument.Parameter?.Type.TypeKind == TypeKind.Delegate)
                {
                    return null;
                }

                value = argument.Value;
            }

            return value is null ? null : OperationQueries.Unwrap(value);
        }

        private static bool InFieldInitializer(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IFieldInitializerOperation or IPropertyInitializerOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The value can move to the double's creation: every local it reads is declared before that point, and a field
        /// initializer gets no instance member or parameter (CS0236).
        /// </summary>
        private static bool IsAvailableAt(IOperation value, int position, bool inFieldInitializer)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } when inFieldInitializer:
                    case IParameterReferenceOperation when inFieldInitializer:
                        return false;
                    case ILocalReferenceOperation local:
                        if (local.Local.Locations.IsEmpty || local.Local.Locations[0].SourceSpan.End > position)
                        {
                            return false;
                        }

                        break;
                    case IInvocationOperation or IAnonymousFunctionOperation or IAwaitOperation:
                        // Calls may depend on state set up between the creation and the configuration.
                        return false;
                }
            }

            return true;
        }

        private static bool HasPublicParameterlessConstructor(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return false;
                }
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.IsEmpty && constructor.DeclaredAccessibility == Accessibility.Public)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
