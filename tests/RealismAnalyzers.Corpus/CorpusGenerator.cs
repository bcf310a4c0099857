using System.Collections.Immutable;
using System.Text;

namespace RealismAnalyzers.Corpus;

/// <summary>
/// Writes a realistic synthetic test suite: for each framework a production library of small services
/// (a service, its repository/notifier/pricing dependencies, a record DTO and a request DTO) and a test project
/// of test classes, eight tests a class, across Moq/NSubstitute/FakeItEasy and the framework's own assertions,
/// FluentAssertions, AwesomeAssertions and Shouldly. About three tests in four are clean; the rest are the smells
/// of the rule catalogue. The same seed and size always give the same text.
/// </summary>
public static class CorpusGenerator
{
    public const int TestsPerClass = 8;

    /// <summary>Production modules a project has at most: test classes beyond this share modules, as many test classes test one service.</summary>
    public const int MaxModules = 400;

    private static readonly string[] s_nouns =
    [
        "Order", "Invoice", "Patient", "Appointment", "Account", "Transfer", "Shipment", "Booking",
        "Policy", "Claim", "Ticket", "Subscription", "Cart", "Refund", "Prescription", "Loan",
    ];

    private static readonly TestShape[] s_cleanShapes =
    [
        TestShape.CreateStoresAndPrices, TestShape.CreateRejectsBlankId, TestShape.CancelUnknownReturnsFalse,
        TestShape.CancelKnownNotifies, TestShape.TotalAsyncReadsRepository, TestShape.TotalAsyncUnknownThrows,
        TestShape.RepositoryFailurePropagates, TestShape.DiscountRowsWithEdges, TestShape.CodeValidationRowsWithEdges,
        TestShape.CountAboveThreshold,
    ];

    private static readonly TestShape[] s_smellShapes =
    [
        TestShape.NoAssertion, TestShape.Empty, TestShape.AssertTrueTrue, TestShape.UnawaitedAsyncAssertion,
        TestShape.IncompleteAssertion, TestShape.AssertionOnlyInBranch, TestShape.TooManyDoubles, TestShape.DoubleOfDataType,
        TestShape.AssertsDoublesOwnAnswer, TestShape.ExpectedExceptionAttribute, TestShape.TryCatchFail, TestShape.ThrowsBaseException,
        TestShape.RowsWithoutEdges, TestShape.ThreadSleep, TestShape.WallClock, TestShape.UnseededRandom, TestShape.AsyncVoid,
        TestShape.BlocksOnResult,
    ];

    /// <summary>Every framework, in the order projects are generated.</summary>
    public static ImmutableArray<CorpusFramework> AllFrameworks { get; } =
        [CorpusFramework.XUnit, CorpusFramework.NUnit, CorpusFramework.MSTest, CorpusFramework.TUnit];

    /// <summary>
    /// A suite of <paramref name="testCount"/> test methods split evenly over <paramref name="frameworks"/> (all four when null).
    /// <paramref name="smellRatio"/> is the share of tests that are smells (0.25 by default).
    /// </summary>
    public static CorpusSuite Generate(int testCount, int seed = 42, IReadOnlyList<CorpusFramework>? frameworks = null, double smellRatio = 0.25)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(testCount);
        frameworks ??= AllFrameworks;
        var projects = ImmutableArray.CreateBuilder<CorpusProject>();
        for (var i = 0; i < frameworks.Count; i++)
        {
            var share = testCount / frameworks.Count + (i < testCount % frameworks.Count ? 1 : 0);
            if (share > 0)
            {
                projects.Add(GenerateProject(frameworks[i], share, seed * 31 + (int)frameworks[i], smellRatio));
            }
        }

        return new CorpusSuite(seed, projects.ToImmutable());
    }

    /// <summary>One project of <paramref name="testCount"/> tests for <paramref name="framework"/>.</summary>
    public static CorpusProject GenerateProject(CorpusFramework framework, int testCount, int seed, double smellRatio = 0.25)
    {
        var random = new Random(seed);
        var name = "Acme." + framework;
        var classCount = (testCount + TestsPerClass - 1) / TestsPerClass;
        var moduleCount = Math.Min(classCount, MaxModules);

        var production = ImmutableArray.CreateBuilder<CorpusFile>();
        for (var m = 0; m < moduleCount; m++)
        {
            production.Add(new CorpusFile($"{name}/Modules/{Entity(m)}.cs", WriteModule(m)));
        }

        var tests = ImmutableArray.CreateBuilder<CorpusFile>();
        var shapes = new Dictionary<TestShape, int>();
        var remaining = testCount;
        for (var c = 0; c < classCount; c++)
        {
            var count = Math.Min(TestsPerClass, remaining);
            remaining -= count;
            var module = c % moduleCount;
            var round = c / moduleCount;
            var writer = new TestClassWriter(
                framework,
                (MockLibrary)random.Next(3),
                PickAssertionLibrary(random),
                module,
                round,
                random);
            var shapesOfClass = new List<TestShape>(count);
            for (var t = 0; t < count; t++)
            {
                var shape = random.NextDouble() < smellRatio
                    ? s_smellShapes[random.Next(s_smellShapes.Length)]
                    : s_cleanShapes[random.Next(s_cleanShapes.Length)];
                shapesOfClass.Add(shape);
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            }

            tests.Add(new CorpusFile($"{name}.Tests/{writer.ClassName}.cs", writer.Write(shapesOfClass)));
        }

        return new CorpusProject(name, framework, production.ToImmutable(), tests.ToImmutable(), testCount, shapes.ToImmutableDictionary());
    }

    /// <summary>
    /// A project whose tests all sit in one large test class (one file; about ten lines a test), the file an IDE re-analyses
    /// on every keystroke.
    /// </summary>
    public static CorpusProject GenerateSingleFile(CorpusFramework framework, int testCount, int seed = 42, MockLibrary mocks = MockLibrary.Moq, AssertionLibrary asserts = AssertionLibrary.Framework)
    {
        var random = new Random(seed);
        var name = "Acme." + framework + ".LargeFile";
        var writer = new TestClassWriter(framework, mocks, asserts, module: 0, round: 0, random);
        var shapes = new List<TestShape>(testCount);
        var counts = new Dictionary<TestShape, int>();
        for (var t = 0; t < testCount; t++)
        {
            var shape = random.NextDouble() < 0.25 ? s_smellShapes[random.Next(s_smellShapes.Length)] : s_cleanShapes[random.Next(s_cleanShapes.Length)];
            shapes.Add(shape);
            counts[shape] = counts.GetValueOrDefault(shape) + 1;
        }

        return new CorpusProject(
            name,
            framework,
            [new CorpusFile($"{name}/Modules/{Entity(0)}.cs", WriteModule(0))],
            [new CorpusFile($"{name}.Tests/{writer.ClassName}.cs", writer.Write(shapes))],
            testCount,
            counts.ToImmutableDictionary());
    }

    private static AssertionLibrary PickAssertionLibrary(Random random) => random.Next(10) switch
    {
        < 5 => AssertionLibrary.Framework,
        < 7 => AssertionLibrary.FluentAssertions,
        < 8 => AssertionLibrary.AwesomeAssertions,
        _ => AssertionLibrary.Shouldly,
    };

    internal static string Entity(int module) => s_nouns[module % s_nouns.Length] + (module / s_nouns.Length + 1);

    internal static string Namespace(int module) => "Acme." + s_nouns[module % s_nouns.Length] + "s" + (module / s_nouns.Length + 1);

    private static string WriteModule(int module)
    {
        var e = Entity(module);
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            namespace {{Namespace(module)}}
            {
                /// <summary>What the service stores and returns.</summary>
                public record {{e}}Dto(string Id, decimal Amount);

                /// <summary>What callers send in: data only.</summary>
                public class {{e}}Request
                {
                    public string Id { get; set; } = "";
                    public decimal Amount { get; set; }
                    public string? Note { get; set; }
                }

                public interface I{{e}}Repository
                {
                    {{e}}Dto? Find(string id);
                    Task<{{e}}Dto?> FindAsync(string id);
                    IReadOnlyList<{{e}}Dto> All();
                    void Save({{e}}Dto item);
                }

                public interface I{{e}}Notifier
                {
                    void Notify(string id, string message);
                }

                public interface I{{e}}Pricing
                {
                    decimal PriceOf(string id);
                }

                public interface I{{e}}Audit
                {
                    void Record(string entry);
                }

                public interface I{{e}}Clock
                {
                    DateTime Now { get; }
                }

                public interface I{{e}}Mailer
                {
                    Task SendAsync(string to, string subject);
                }

                public sealed class {{e}}Service
                {
                    private readonly I{{e}}Repository _repository;
                    private readonly I{{e}}Notifier _notifier;
                    private readonly I{{e}}Pricing _pricing;

                    public {{e}}Service(I{{e}}Repository repository, I{{e}}Notifier notifier, I{{e}}Pricing pricing)
                    {
                        _repository = repository;
                        _notifier = notifier;
                        _pricing = pricing;
                    }

                    public {{e}}Dto Create(string id, decimal amount)
                    {
                        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An id is required.", nameof(id));
                        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount cannot be negative.");
                        var item = new {{e}}Dto(id, amount + _pricing.PriceOf(id));
                        _repository.Save(item);
                        _notifier.Notify(id, "created");
                        return item;
                    }

                    public {{e}}Dto Create({{e}}Request request) => Create(request.Id, request.Amount);

                    public bool TryCancel(string id)
                    {
                        var found = _repository.Find(id);
                        if (found is null) return false;
                        _notifier.Notify(id, "cancelled");
                        return true;
                    }

                    public async Task<decimal> TotalAsync(string id)
                    {
                        var found = await _repository.FindAsync(id).ConfigureAwait(false);
                        return found?.Amount ?? throw new InvalidOperationException("Unknown {{e}} " + id);
                    }

                    public int CountAbove(decimal threshold)
                    {
                        var count = 0;
                        foreach (var item in _repository.All())
                        {
                            if (item.Amount > threshold) count++;
                        }

                        return count;
                    }

                    public static decimal Discount(int amount, int percent) => amount * percent / 100m;

                    public static bool IsValidCode(string? code) => !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 12;
                }

                public sealed class {{e}}Workflow
                {
                    private readonly I{{e}}Repository _repository;
                    private readonly I{{e}}Notifier _notifier;
                    private readonly I{{e}}Audit _audit;
                    private readonly I{{e}}Clock _clock;
                    private readonly I{{e}}Mailer _mailer;

                    public {{e}}Workflow(I{{e}}Repository repository, I{{e}}Notifier notifier, I{{e}}Audit audit, I{{e}}Clock clock, I{{e}}Mailer mailer)
                    {
                        _repository = repository;
                        _notifier = notifier;
                        _audit = audit;
                        _clock = clock;
                        _mailer = mailer;
                    }

                    public async Task<bool> CloseAsync(string id)
                    {
                        var found = _repository.Find(id);
                        if (found is null) return false;
                        _audit.Record(id + " closed at " + _clock.Now.ToString("O"));
                        _notifier.Notify(id, "closed");
                        await _mailer.SendAsync("owner@example.org", id + " closed").ConfigureAwait(false);
                        return true;
                    }
                }
            }

            """);
        return text.ToString();
    }
}
