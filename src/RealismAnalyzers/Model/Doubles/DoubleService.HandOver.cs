using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// Uses of a double that no reference to it shows: handed to an auto-mocker as it is created, disposed by a <c>using</c>,
    /// configured inside an action that the test hands over to be run (an exception assertion's lambda).
    /// </summary>
    internal sealed partial class DoubleService
    {
        /// <summary>
        /// True when creating the double already hands it over: AutoFixture's <c>fixture.Freeze&lt;Mock&lt;T&gt;&gt;()</c> registers it, and
        /// with an auto-mocking customization every <c>T</c> the fixture builds afterwards (the class under test) receives it.
        /// </summary>
        public bool IsRegisteredAtCreation(DoubleSite site) =>
            site.Double.Library == TestLibrary.AutoFixture && OperationQueries.Unwrap(site.Creation) is IInvocationOperation { TargetMethod.Name: "Freeze" };

        /// <summary>
        /// True when <paramref name="operation"/> sits in a lambda or local function that is not a mocking library's own argument
        /// (<c>Setup(x =&gt; …)</c>, <c>A.CallTo(() =&gt; …)</c>, <c>Returns(x =&gt; …)</c>): an action the test hands over to be run, such as
        /// <c>Assert.Throws(() =&gt; sub.Get().Returns(1))</c>, where configuring the double is the act being checked.
        /// </summary>
        public bool IsInHandedOverAction(IOperation operation)
        {
            for (var current = operation; current.Parent is { } parent; current = parent)
            {
                if (parent is ILocalFunctionOperation)
                {
                    return true;
                }

                if (parent is not IAnonymousFunctionOperation)
                {
                    continue;
                }

                for (var up = parent.Parent; up is not null; up = up.Parent)
                {
                    if (up is IInvocationOperation call)
                    {
                        // A matcher's predicate (It.Is(x => …), Arg.Is(x => …)) is read by the library, not run by the test.
                        if (_model.Types.Classify(call.TargetMethod.ContainingType) == KnownType.ArgumentMatcher)
                        {
                            return false;
                        }

                        var library = _model.Classify(call).Library;
                        return library != TestLibrary.Moq && library != TestLibrary.NSubstitute && library != TestLibrary.FakeItEasy &&
                            library != TestLibrary.AutoFixture;
                    }

                    if (up is not (IDelegateCreationOperation or IConversionOperation or IArgumentOperation or IParenthesizedOperation))
                    {
                        // Stored in a local (Action act = () => …) or passed to a constructor: handed over all the same.
                        return true;
                    }
                }

                return true;
            }

            return false;
        }
    }
}
