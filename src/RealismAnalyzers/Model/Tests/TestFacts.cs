using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>One call of a test body and what the Model makes of it.</summary>
    internal readonly struct TestCall
    {
        public TestCall(IInvocationOperation invocation, InvocationInfo info)
        {
            Invocation = invocation;
            Info = info;
        }

        public IInvocationOperation Invocation { get; }

        public InvocationInfo Info { get; }
    }

    /// <summary>A write of a value to a local of a test body: <c>var result = service.Pay(...)</c>, or <c>result = ...</c> later.</summary>
    internal readonly struct LocalWrite
    {
        public LocalWrite(ILocalSymbol local, IOperation value)
        {
            Local = local;
            Value = value;
        }

        public ILocalSymbol Local { get; }

        /// <summary>The value written, as bound (conversions not stripped).</summary>
        public IOperation Value { get; }
    }

    /// <summary>
    /// The fact sheet of one test body: its calls, each classified once (assertion, double creation, configuration or verification,
    /// framework call, or none of these: a call of the code under test or of a helper), in the order a walk of the body meets them; whether it throws on its own;
    /// whether it checks anything at all. Built on the first request and shared by every rule that asks about the same body: the
    /// driver hands every analyzer the same operations, so the walk and the classification happen once per test, not once per rule.
    /// </summary>
    internal sealed class TestFacts
    {
        private readonly TestingModel _model;
        private int _checks; // 0 = not asked yet, 1 = no, 2 = yes
        private Walk? _walk;
        private ImmutableArray<DoubleSite> _doubleSites;

        private TestFacts(TestingModel model, IOperation body, AssertionConventions conventions)
        {
            _model = model;
            Body = body;
            Conventions = conventions;
        }

        /// <summary>The one walk of the body, made on the first question that needs it.</summary>
        private Walk Walked => _walk ??= new Walk(_model, Body, Conventions);

        /// <summary>The test's body (block or method body operation).</summary>
        public IOperation Body { get; }

        /// <summary>The assertion conventions the calls were classified with.</summary>
        public AssertionConventions Conventions { get; }

        /// <summary>
        /// Every invocation in the body (lambdas and local functions included) with its classification, in the order a walk of the
        /// operation tree meets them: statements in source order, an outer call before the calls of its receiver and arguments.
        /// </summary>
        public ImmutableArray<TestCall> Calls => Walked.Calls;

        /// <summary>Every object creation in the body (lambdas and local functions included), in walk order.</summary>
        public ImmutableArray<IObjectCreationOperation> Creations => Walked.Creations;

        /// <summary>
        /// Every write to a local in the body, in walk order: declarations with an initializer and simple assignments. A local written
        /// twice appears twice, the later write last.
        /// </summary>
        public ImmutableArray<LocalWrite> LocalWrites => Walked.LocalWrites;

        /// <summary>True when the body throws on its own (<c>throw</c> anywhere in it): a check of the test's own making.</summary>
        public bool Throws => Walked.Throws;

        /// <summary>
        /// True when everything in the body binds: no invalid operation and no value of an unknown type. Half-typed code, or code
        /// whose references the compilation lacks, is not judged by rules that must know what the test touches.
        /// </summary>
        public bool BindsFully => Walked.BindsFully;

        /// <summary>
        /// Every double the body creates (<see cref="DoubleService.TryGetDoubleSite"/>), in source order, from the calls and creations of
        /// the one walk.
        /// </summary>
        public ImmutableArray<DoubleSite> DoubleSites(CancellationToken cancellationToken)
        {
            if (_doubleSites.IsDefault)
            {
                var sites = ImmutableArray.CreateBuilder<DoubleSite>();
                foreach (var call in Calls)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_model.Doubles.TryGetDoubleSite(call.Invocation, out var site))
                    {
                        sites.Add(site);
                    }
                }

                foreach (var creation in Creations)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_model.Doubles.TryGetDoubleSite(creation, out var site))
                    {
                        sites.Add(site);
                    }
                }

                sites.Sort(static (x, y) => x.Creation.Syntax.SpanStart.CompareTo(y.Creation.Syntax.SpanStart));
                _doubleSites = sites.ToImmutable();
            }

            return _doubleSites;
        }

        /// <summary>
        /// True when the test can fail on purpose: an assertion, a verification, a <c>throw</c>, or a call of a helper that does one of
        /// these (see <see cref="AssertionService.ContainsCheck(IOperation, AssertionConventions, CancellationToken)"/>).
        /// </summary>
        public bool ChecksSomething(CancellationToken cancellationToken)
        {
            if (_checks == 0)
            {
                // A cancelled search throws and leaves the answer unknown for the next caller.
                _checks = _model.Assertions.ContainsCheck(Body, Conventions, cancellationToken) ? 2 : 1;
            }

            return _checks == 2;
        }

        /// <summary>The body's calls, classified, and whether it throws: one walk, shared by every question that needs it.</summary>
        private sealed class Walk
        {
            public Walk(TestingModel model, IOperation body, AssertionConventions conventions)
            {
                var calls = ImmutableArray.CreateBuilder<TestCall>();
                var creations = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
                var writes = ImmutableArray.CreateBuilder<LocalWrite>();
                var bindsFully = true;
                foreach (var operation in body.Descendants())
                {
                    if (operation.Kind == OperationKind.Invalid || operation.Type?.TypeKind == TypeKind.Error)
                    {
                        bindsFully = false;
                    }

                    switch (operation)
                    {
                        case IInvocationOperation invocation:
                            calls.Add(new TestCall(invocation, model.Classify(invocation, conventions)));
                            break;
                        case IObjectCreationOperation creation:
                            creations.Add(creation);
                            break;
                        case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator:
                            writes.Add(new LocalWrite(declarator.Symbol, initial));
                            break;
                        case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                            writes.Add(new LocalWrite(target.Local, assignment.Value));
                            break;
                        case IThrowOperation:
                            Throws = true;
                            break;
                    }
                }

                Calls = calls.ToImmutable();
                Creations = creations.ToImmutable();
                LocalWrites = writes.ToImmutable();
                BindsFully = bindsFully;
            }

            public ImmutableArray<TestCall> Calls { get; }

            public ImmutableArray<IObjectCreationOperation> Creations { get; }

            public ImmutableArray<LocalWrite> LocalWrites { get; }

            public bool Throws { get; }

            public bool BindsFully { get; }
        }

        private static readonly ConditionalWeakTable<IOperation, TestFacts> s_byBody = new ConditionalWeakTable<IOperation, TestFacts>();

        /// <summary>The fact sheet of <paramref name="body"/>, built once per body (and kept as long as the body is).</summary>
        internal static TestFacts For(TestingModel model, IOperation body, AssertionConventions conventions)
        {
            if (!s_byBody.TryGetValue(body, out var facts))
            {
                // Only the first rule to ask about a body makes its sheet (and pays for the callback); a racing one takes the winner's.
                var made = new TestFacts(model, body, conventions);
                facts = s_byBody.GetValue(body, _ => made);
            }

            // Every rule of one analysis reads the same conventions for a tree; a sheet classified under others is not reused.
            return ReferenceEquals(facts.Conventions, conventions) && ReferenceEquals(facts._model, model) ? facts : new TestFacts(model, body, conventions);
        }
    }
}
