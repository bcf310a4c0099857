using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>What the Model knows about a test method.</summary>
    internal sealed class TestMethodInfo
    {
        public TestMethodInfo(
            IMethodSymbol method,
            TestFramework framework,
            bool isDataDriven,
            bool isSkipped,
            bool hasExpectedException,
            bool hasExpectedResult,
            ImmutableArray<AttributeData> dataRows,
            bool hasDataSource)
        {
            Method = method;
            Framework = framework;
            IsDataDriven = isDataDriven;
            IsSkipped = isSkipped;
            HasExpectedException = hasExpectedException;
            HasExpectedResult = hasExpectedResult;
            DataRows = dataRows;
            HasDataSource = hasDataSource;
        }

        public IMethodSymbol Method { get; }

        public TestFramework Framework { get; }

        /// <summary>The test takes data: a theory, test cases, data rows or arguments.</summary>
        public bool IsDataDriven { get; }

        /// <summary>Skipped, ignored or explicit: the runner does not run it by default.</summary>
        public bool IsSkipped { get; }

        /// <summary>Carries an <c>[ExpectedException]</c> attribute.</summary>
        public bool HasExpectedException { get; }

        /// <summary>Returns its result for the framework to compare (NUnit <c>ExpectedResult</c>, or a test returning a value).</summary>
        public bool HasExpectedResult { get; }

        /// <summary>The literal data rows: <c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>, TUnit <c>[Arguments]</c>.</summary>
        public ImmutableArray<AttributeData> DataRows { get; }

        /// <summary>Takes data from a member or class the Model cannot read literally.</summary>
        public bool HasDataSource { get; }
    }
}
