using System.Collections.Immutable;

namespace RealismAnalyzers.Corpus;

/// <summary>The test frameworks a corpus project can be written for; each project uses exactly one.</summary>
public enum CorpusFramework
{
    XUnit,
    NUnit,
    MSTest,
    TUnit,
}

/// <summary>The test-double library a generated test class uses.</summary>
public enum MockLibrary
{
    Moq,
    NSubstitute,
    FakeItEasy,
}

/// <summary>The assertion style a generated test class uses.</summary>
public enum AssertionLibrary
{
    /// <summary>The test framework's own <c>Assert</c>.</summary>
    Framework,
    FluentAssertions,
    AwesomeAssertions,
    Shouldly,
}

/// <summary>
/// What a generated test is: a clean test of one of several shapes, or one of the smells the rules look for.
/// The smells are the "fires on" cases of the rule catalogue, written the way a real team writes them.
/// </summary>
public enum TestShape
{
    // Clean tests.
    CreateStoresAndPrices,
    CreateRejectsBlankId,
    CancelUnknownReturnsFalse,
    CancelKnownNotifies,
    TotalAsyncReadsRepository,
    TotalAsyncUnknownThrows,
    RepositoryFailurePropagates,
    DiscountRowsWithEdges,
    CodeValidationRowsWithEdges,
    CountAboveThreshold,

    // Smells.
    NoAssertion,
    Empty,
    AssertTrueTrue,
    UnawaitedAsyncAssertion,
    IncompleteAssertion,
    AssertionOnlyInBranch,
    TooManyDoubles,
    DoubleOfDataType,
    AssertsDoublesOwnAnswer,
    ExpectedExceptionAttribute,
    TryCatchFail,
    ThrowsBaseException,
    RowsWithoutEdges,
    ThreadSleep,
    WallClock,
    UnseededRandom,
    AsyncVoid,
    BlocksOnResult,
}

/// <summary>One source file of a generated project.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// One generated project pair: a production library and the test project that tests it, for one framework
/// (a compilation references one framework, as a real test project does).
/// </summary>
public sealed record CorpusProject(
    string Name,
    CorpusFramework Framework,
    ImmutableArray<CorpusFile> ProductionFiles,
    ImmutableArray<CorpusFile> TestFiles,
    int TestCount,
    ImmutableDictionary<TestShape, int> ShapeCounts)
{
    /// <summary>Lines of test code (what the analyzers read).</summary>
    public int TestLines => TestFiles.Sum(f => f.Text.Count(c => c == '\n'));
}

/// <summary>A generated suite: one project per framework.</summary>
public sealed record CorpusSuite(int Seed, ImmutableArray<CorpusProject> Projects)
{
    public int TestCount => Projects.Sum(p => p.TestCount);
}
