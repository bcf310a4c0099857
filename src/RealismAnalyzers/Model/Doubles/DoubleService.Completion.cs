using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class DoubleService
    {
        /// <summary>
        /// True for Moq's <c>mock.Verify()</c> and <c>mock.VerifyAll()</c> without arguments: they check the mock's setups, not a call
        /// named here. <paramref name="onlyVerifiableSetups"/> is true for <c>Verify()</c>, which checks only setups marked <c>Verifiable()</c>.
        /// </summary>
        public bool IsSetupVerification(IInvocationOperation invocation, out bool onlyVerifiableSetups)
        {
            onlyVerifiableSetups = false;
            // Verify()/VerifyAll() are declared on the non-generic Mock base class.
            var declaring = _model.Types.Classify(invocation.TargetMethod.ContainingType);
            if (invocation.Arguments.Length != 0 || invocation.Instance is null || (declaring != KnownType.MoqMock && declaring != KnownType.MoqMockStatic))
            {
                return false;
            }

            switch (invocation.TargetMethod.Name)
            {
                case "Verify":
                    onlyVerifiableSetups = true;
                    return true;
                case "VerifyAll":
                    return true;
            }

            return false;
        }

        /// <summary>True when <paramref name="invocation"/> selects a member of a double to configure (Moq <c>Setup</c>, <c>SetupGet</c>, <c>SetupSequence</c>, …).</summary>
        public bool IsDoubleSetup(IInvocationOperation invocation) =>
            TryGetDoubleConfiguration(invocation, out var configuration) && configuration.Kind == ConfigurationKind.Setup;

        /// <summary>True when <paramref name="invocation"/> marks a setup for <c>Verify()</c> (Moq <c>Verifiable()</c>).</summary>
        public bool MarksVerifiable(IInvocationOperation invocation) =>
            TryGetDoubleConfiguration(invocation, out var configuration) && configuration.Kind == ConfigurationKind.Verifiable;

        /// <summary>
        /// True when <paramref name="start"/> arms its subject for the next call made on it rather than returning something to finish:
        /// NSubstitute's <c>Received()</c>, <c>DidNotReceive()</c>, <c>ReceivedWithAnyArgs()</c> and <c>DidNotReceiveWithAnyArgs()</c>
        /// return the substitute itself and check the next call routed to it on the same thread, so <c>sub.Received(); sub.Send(x);</c>
        /// is <c>sub.Received().Send(x);</c>. <paramref name="subject"/> is the substitute's symbol (a local, parameter, field or property).
        /// </summary>
        public bool ArmsNextCallOnSubject(IInvocationOperation start, out ISymbol? subject)
        {
            subject = null;
            if (!_model.IsNSubstituteReceivedCall(start) || OperationQueries.Receiver(start) is not { } receiver)
            {
                return false;
            }

            subject = ValueFacts.ReferencedSymbol(receiver);
            return subject is not null;
        }

        /// <summary>True when the value <paramref name="invocation"/> returns is a recorded exception to assert on (xUnit <c>Record.Exception</c>).</summary>
        public bool RecordsException(IInvocationOperation invocation) =>
            _model.Types.Classify(invocation.TargetMethod.ContainingType) == KnownType.XUnitRecord;
    }
}
