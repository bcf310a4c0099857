using System.Text;

namespace RealismAnalyzers.Corpus;

/// <summary>Writes one test class of a generated project, in one framework, mocking library and assertion style.</summary>
internal sealed class TestClassWriter
{
    private readonly CorpusFramework _fw;
    private readonly MockLibrary _mocks;
    private readonly AssertionLibrary _asserts;
    private readonly int _module;
    private readonly Random _random;
    private readonly string _e;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly StringBuilder _text = new();
    private int _indent;

    public TestClassWriter(CorpusFramework fw, MockLibrary mocks, AssertionLibrary asserts, int module, int round, Random random)
    {
        _fw = fw;
        _mocks = mocks;
        _asserts = asserts;
        _module = module;
        _random = random;
        _e = CorpusGenerator.Entity(module);
        ClassName = round == 0 ? _e + "ServiceTests" : _e + "ServiceTests" + (round + 1);
    }

    public string ClassName { get; }

    public string Write(IReadOnlyList<TestShape> shapes)
    {
        WriteUsings();
        Line($"namespace {CorpusGenerator.Namespace(_module)}.Tests");
        Open();
        if (_fw == CorpusFramework.MSTest) Line("[TestClass]");
        if (_fw == CorpusFramework.NUnit) Line("[TestFixture]");
        Line($"public class {ClassName}");
        Open();
        WriteFieldsAndSetup();
        foreach (var shape in shapes)
        {
            Line();
            WriteTest(shape);
        }

        Close();
        Close();
        return _text.ToString();
    }

    // ------------------------------------------------------------------ file and class shape

    private void WriteUsings()
    {
        Line("using System;");
        Line("using System.Collections.Generic;");
        Line("using System.Threading;");
        Line("using System.Threading.Tasks;");
        switch (_fw)
        {
            case CorpusFramework.XUnit: Line("using Xunit;"); break;
            case CorpusFramework.NUnit: Line("using NUnit.Framework;"); break;
            case CorpusFramework.MSTest: Line("using Microsoft.VisualStudio.TestTools.UnitTesting;"); break;
            case CorpusFramework.TUnit:
                Line("using TUnit.Core;");
                Line("using TUnit.Assertions;");
                Line("using TUnit.Assertions.Extensions;");
                break;
        }

        switch (_mocks)
        {
            case MockLibrary.Moq: Line("using Moq;"); break;
            case MockLibrary.NSubstitute:
                Line("using NSubstitute;");
                Line("using NSubstitute.ExceptionExtensions;");
                break;
            case MockLibrary.FakeItEasy: Line("using FakeItEasy;"); break;
        }

        switch (_asserts)
        {
            case AssertionLibrary.FluentAssertions: Line("using FluentAssertions;"); break;
            case AssertionLibrary.AwesomeAssertions: Line("using AwesomeAssertions;"); break;
            case AssertionLibrary.Shouldly: Line("using Shouldly;"); break;
        }

        Line();
    }

    private void WriteFieldsAndSetup()
    {
        var initializers = _fw == CorpusFramework.XUnit && _random.Next(2) == 0;
        string[] deps = ["Repository", "Notifier", "Pricing"];
        foreach (var dep in deps)
        {
            var field = "_" + dep.ToLowerInvariant();
            Line(initializers
                ? $"private readonly {DoubleType("I" + _e + dep)} {field} = {CreateDouble("I" + _e + dep)};"
                : $"private {DoubleType("I" + _e + dep)} {field} = null!;");
        }

        Line($"private {_e}Service _service = null!;");
        Line();
        switch (_fw)
        {
            case CorpusFramework.XUnit:
                Line($"public {ClassName}()");
                break;
            case CorpusFramework.NUnit:
                Line("[SetUp]");
                Line("public void CreateService()");
                break;
            case CorpusFramework.MSTest:
                Line("[TestInitialize]");
                Line("public void CreateService()");
                break;
            case CorpusFramework.TUnit:
                Line("[Before(HookType.Test)]");
                Line("public void CreateService()");
                break;
        }

        Open();
        if (!initializers)
        {
            foreach (var dep in deps)
            {
                Line($"_{dep.ToLowerInvariant()} = {CreateDouble("I" + _e + dep)};");
            }
        }

        Line($"_service = new {_e}Service({Obj("_repository")}, {Obj("_notifier")}, {Obj("_pricing")});");
        Close();
    }

    // ------------------------------------------------------------------ tests

    private void WriteTest(TestShape shape)
    {
        var body = new List<string>();
        var attributes = new List<string>();
        var parameters = "";
        string name;
        var asyncVoid = false;
        switch (shape)
        {
            case TestShape.CreateStoresAndPrices:
                name = "Create_adds_the_price_and_stores_the_" + Lower;
                body.Add(Returns("_pricing", "PriceOf(\"A-1\")", "5m"));
                body.Add("");
                body.Add("var created = _service.Create(\"A-1\", 10m);");
                body.Add("");
                body.Add(AssertEqual("15m", "created.Amount"));
                body.Add(VerifyOnce("_repository", "Save", Any(_e + "Dto")));
                break;

            case TestShape.CreateRejectsBlankId:
                name = "Create_rejects_a_blank_id";
                body.Add(AssertThrows("ArgumentException", "_service.Create(\" \", 10m)"));
                break;

            case TestShape.CancelUnknownReturnsFalse:
                name = "Cancelling_an_unknown_" + Lower + "_returns_false";
                body.Add("var cancelled = _service.TryCancel(\"missing\");");
                body.Add("");
                body.Add(AssertFalse("cancelled"));
                break;

            case TestShape.CancelKnownNotifies:
                name = "Cancelling_a_known_" + Lower + "_notifies_the_owner";
                body.Add(Returns("_repository", "Find(\"A-1\")", $"new {_e}Dto(\"A-1\", 20m)"));
                body.Add("");
                body.Add("var cancelled = _service.TryCancel(\"A-1\");");
                body.Add("");
                body.Add(AssertTrue("cancelled"));
                body.Add(VerifyOnce("_notifier", "Notify", "\"A-1\"", "\"cancelled\""));
                break;

            case TestShape.TotalAsyncReadsRepository:
                name = "Total_is_read_from_the_stored_" + Lower;
                body.Add(ReturnsTask("_repository", "FindAsync(\"A-1\")", _e + "Dto?", $"new {_e}Dto(\"A-1\", 42m)"));
                body.Add("");
                body.Add("var total = await _service.TotalAsync(\"A-1\");");
                body.Add("");
                body.Add(AssertEqual("42m", "total"));
                break;

            case TestShape.TotalAsyncUnknownThrows:
                name = "Total_of_an_unknown_" + Lower + "_fails";
                body.Add(AssertThrowsAsync("InvalidOperationException", "_service.TotalAsync(\"missing\")", awaited: true));
                break;

            case TestShape.RepositoryFailurePropagates:
                name = "A_repository_outage_is_not_hidden";
                body.Add(Throws("_repository", "Find(\"A-1\")", "new TimeoutException(\"database unavailable\")"));
                body.Add("");
                body.Add(AssertThrows("TimeoutException", "_service.TryCancel(\"A-1\")"));
                break;

            case TestShape.DiscountRowsWithEdges:
                name = "Discount_is_a_share_of_the_amount";
                attributes.AddRange(DataDriven(["0, 10, 0", "200, 0, 0", "-100, 10, -10", "200, -5, -10", "200, 100, 200"]));
                parameters = "int amount, int percent, int expected";
                body.Add($"var discount = {_e}Service.Discount(amount, percent);");
                body.Add("");
                body.Add(AssertEqual("(decimal)expected", "discount"));
                break;

            case TestShape.CodeValidationRowsWithEdges:
                name = "Codes_are_validated";
                attributes.AddRange(DataDriven(["null, false", "\"\", false", "\"   \", false", "\"A-1\", true", "\"A-1234567890123\", false"]));
                parameters = "string? code, bool valid";
                body.Add($"var result = {_e}Service.IsValidCode(code);");
                body.Add("");
                body.Add(AssertEqual("valid", "result"));
                break;

            case TestShape.CountAboveThreshold:
                name = "Only_" + Lower + "s_above_the_threshold_are_counted";
                body.Add(Returns("_repository", "All()", $"new List<{_e}Dto> {{ new(\"A-1\", 5m), new(\"A-2\", 50m), new(\"A-3\", 500m) }}"));
                body.Add("");
                body.Add("var count = _service.CountAbove(10m);");
                body.Add("");
                body.Add(AssertEqual("2", "count"));
                break;

            case TestShape.NoAssertion:
                name = "Create_works";
                body.Add(Returns("_pricing", "PriceOf(\"A-7\")", "1m"));
                body.Add("");
                body.Add("_service.Create(\"A-7\", 3m);");
                break;

            case TestShape.Empty:
                name = "Cancelling_twice_is_harmless";
                body.Add("// TODO: write this once cancellation is idempotent");
                break;

            case TestShape.AssertTrueTrue:
                name = "Service_can_be_created";
                body.Add($"var service = new {_e}Service({Obj("_repository")}, {Obj("_notifier")}, {Obj("_pricing")});");
                body.Add("");
                body.Add(AssertTrue("true"));
                break;

            case TestShape.UnawaitedAsyncAssertion:
                name = "Total_of_a_missing_" + Lower + "_throws";
                body.Add(AssertThrowsAsync("InvalidOperationException", "_service.TotalAsync(\"missing\")", awaited: false));
                break;

            case TestShape.IncompleteAssertion:
                name = "Create_notifies_the_owner";
                body.Add("var created = _service.Create(\"A-4\", 10m);");
                body.Add("");
                body.Add(Incomplete());
                break;

            case TestShape.AssertionOnlyInBranch:
                name = "Large_" + Lower + "s_get_the_surcharge";
                body.Add(Returns("_pricing", "PriceOf(\"A-5\")", "25m"));
                body.Add("");
                body.Add("var created = _service.Create(\"A-5\", 500m);");
                body.Add("");
                body.Add("if (created.Amount > 1000m)");
                body.Add("{");
                body.Add("    " + AssertEqual("1025m", "created.Amount"));
                body.Add("}");
                break;

            case TestShape.TooManyDoubles:
                name = "Closing_records_notifies_and_mails";
                foreach (var dep in new[] { "Repository", "Notifier", "Audit", "Clock", "Mailer" })
                {
                    body.Add($"var {dep.ToLowerInvariant()} = {CreateDouble("I" + _e + dep)};");
                }

                body.Add(Returns("repository", "Find(\"A-1\")", $"new {_e}Dto(\"A-1\", 20m)"));
                body.Add($"var workflow = new {_e}Workflow({Obj("repository")}, {Obj("notifier")}, {Obj("audit")}, {Obj("clock")}, {Obj("mailer")});");
                body.Add("");
                body.Add("var closed = await workflow.CloseAsync(\"A-1\");");
                body.Add("");
                body.Add(AssertTrue("closed"));
                body.Add(VerifyOnce("audit", "Record", Any("string")));
                break;

            case TestShape.DoubleOfDataType:
                name = "Create_from_a_request_uses_its_amount";
                body.Add($"var request = {CreateDouble(_e + "Request")};");
                body.Add($"{Obj("request")}.Id = \"A-3\";");
                body.Add($"{Obj("request")}.Amount = 30m;");
                body.Add("");
                body.Add($"var created = _service.Create({Obj("request")});");
                body.Add("");
                body.Add(AssertEqual("\"A-3\"", "created.Id"));
                break;

            case TestShape.AssertsDoublesOwnAnswer:
                name = "Price_is_looked_up";
                body.Add(Returns("_pricing", "PriceOf(\"A-1\")", "5m"));
                body.Add("");
                body.Add($"var price = {Obj("_pricing")}.PriceOf(\"A-1\");");
                body.Add("");
                body.Add(AssertEqual("5m", "price"));
                break;

            case TestShape.ExpectedExceptionAttribute when _fw == CorpusFramework.MSTest:
                name = "Create_with_a_negative_amount_fails";
                attributes.Add("[ExpectedException(typeof(ArgumentOutOfRangeException))]");
                body.Add(Returns("_pricing", "PriceOf(\"A-1\")", "5m"));
                body.Add("_service.Create(\"A-1\", -1m);");
                break;

            case TestShape.ExpectedExceptionAttribute:
            case TestShape.TryCatchFail:
                name = "Create_with_a_negative_amount_is_refused";
                body.Add("try");
                body.Add("{");
                body.Add("    _service.Create(\"A-1\", -1m);");
                body.Add("    " + Fail("\"Expected the amount to be refused\""));
                body.Add("}");
                body.Add("catch (ArgumentOutOfRangeException)");
                body.Add("{");
                body.Add("}");
                break;

            case TestShape.ThrowsBaseException:
                name = "Create_without_an_id_throws";
                body.Add(AssertThrows("Exception", "_service.Create(\"\", 10m)"));
                break;

            case TestShape.RowsWithoutEdges:
                name = "Discount_of_typical_orders";
                attributes.AddRange(DataDriven(["100, 10, 10", "200, 50, 100", "80, 25, 20"]));
                parameters = "int amount, int percent, int expected";
                body.Add($"var discount = {_e}Service.Discount(amount, percent);");
                body.Add("");
                body.Add(AssertEqual("(decimal)expected", "discount"));
                break;

            case TestShape.ThreadSleep:
                name = "Cancellation_is_processed";
                body.Add(Returns("_repository", "Find(\"A-1\")", $"new {_e}Dto(\"A-1\", 20m)"));
                body.Add("var cancelled = _service.TryCancel(\"A-1\");");
                body.Add("Thread.Sleep(100);");
                body.Add("");
                body.Add(AssertTrue("cancelled"));
                break;

            case TestShape.WallClock:
                name = "Each_" + Lower + "_gets_a_fresh_id";
                body.Add("var id = \"A-\" + DateTime.Now.Ticks;");
                body.Add("");
                body.Add("var created = _service.Create(id, 10m);");
                body.Add("");
                body.Add(AssertEqual("id", "created.Id"));
                break;

            case TestShape.UnseededRandom:
                name = "Any_amount_is_accepted";
                body.Add("var amount = new Random().Next(1, 1000);");
                body.Add("");
                body.Add("var created = _service.Create(\"A-8\", amount);");
                body.Add("");
                body.Add(AssertEqual("(decimal)amount", "created.Amount"));
                break;

            case TestShape.AsyncVoid:
                name = "Total_reads_the_amount";
                asyncVoid = true;
                body.Add(ReturnsTask("_repository", "FindAsync(\"A-2\")", _e + "Dto?", $"new {_e}Dto(\"A-2\", 7m)"));
                body.Add("");
                body.Add("var total = await _service.TotalAsync(\"A-2\");");
                body.Add("");
                body.Add(AssertEqual("7m", "total"));
                break;

            case TestShape.BlocksOnResult:
                name = "Total_is_available_synchronously";
                body.Add(ReturnsTask("_repository", "FindAsync(\"A-2\")", _e + "Dto?", $"new {_e}Dto(\"A-2\", 7m)"));
                body.Add("");
                body.Add("var total = _service.TotalAsync(\"A-2\").Result;");
                body.Add("");
                body.Add(AssertEqual("7m", "total"));
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, null);
        }

        name = Unique(name);
        if (attributes.Count == 0)
        {
            attributes.Add(_fw switch
            {
                CorpusFramework.XUnit => "[Fact]",
                CorpusFramework.MSTest => "[TestMethod]",
                _ => "[Test]",
            });
        }

        var awaits = body.Exists(l => l.Contains("await ", StringComparison.Ordinal));
        var returnType = asyncVoid ? "async void" : awaits ? "async Task" : "void";
        foreach (var attribute in attributes)
        {
            Line(attribute);
        }

        Line($"public {returnType} {name}({parameters})");
        Open();
        foreach (var line in body)
        {
            Line(line);
        }

        Close();
    }

    private string Lower => _e.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant();

    private string Unique(string name)
    {
        var candidate = name;
        for (var i = 2; !_names.Add(candidate); i++)
        {
            candidate = name + "_" + i;
        }

        return candidate;
    }

    private List<string> DataDriven(string[] rows)
    {
        var attributes = new List<string>();
        switch (_fw)
        {
            case CorpusFramework.XUnit:
                attributes.Add("[Theory]");
                attributes.AddRange(rows.Select(r => $"[InlineData({r})]"));
                break;
            case CorpusFramework.NUnit:
                attributes.AddRange(rows.Select(r => $"[TestCase({r})]"));
                break;
            case CorpusFramework.MSTest:
                attributes.Add("[TestMethod]");
                attributes.AddRange(rows.Select(r => $"[DataRow({r})]"));
                break;
            case CorpusFramework.TUnit:
                attributes.Add("[Test]");
                attributes.AddRange(rows.Select(r => $"[Arguments({r})]"));
                break;
        }

        return attributes;
    }

    // ------------------------------------------------------------------ doubles

    private string DoubleType(string type) => _mocks == MockLibrary.Moq ? $"Mock<{type}>" : type;

    private string CreateDouble(string type) => _mocks switch
    {
        MockLibrary.Moq => $"new Mock<{type}>()",
        MockLibrary.NSubstitute => $"Substitute.For<{type}>()",
        _ => $"A.Fake<{type}>()",
    };

    private string Obj(string variable) => _mocks == MockLibrary.Moq ? variable + ".Object" : variable;

    private string Any(string type) => _mocks switch
    {
        MockLibrary.Moq => $"It.IsAny<{type}>()",
        MockLibrary.NSubstitute => $"Arg.Any<{type}>()",
        _ => $"A<{type}>._",
    };

    private string Returns(string target, string call, string value) => _mocks switch
    {
        MockLibrary.Moq => $"{target}.Setup(x => x.{call}).Returns({value});",
        MockLibrary.NSubstitute => $"{target}.{call}.Returns({value});",
        _ => $"A.CallTo(() => {target}.{call}).Returns({value});",
    };

    private string ReturnsTask(string target, string call, string type, string value) => _mocks switch
    {
        MockLibrary.Moq => $"{target}.Setup(x => x.{call}).ReturnsAsync({value});",
        MockLibrary.NSubstitute => $"{target}.{call}.Returns(Task.FromResult<{type}>({value}));",
        _ => $"A.CallTo(() => {target}.{call}).Returns(Task.FromResult<{type}>({value}));",
    };

    private string Throws(string target, string call, string exception) => _mocks switch
    {
        MockLibrary.Moq => $"{target}.Setup(x => x.{call}).Throws({exception});",
        MockLibrary.NSubstitute => $"{target}.{call}.Throws({exception});",
        _ => $"A.CallTo(() => {target}.{call}).Throws({exception});",
    };

    private string VerifyOnce(string target, string method, params string[] args)
    {
        var call = $"{method}({string.Join(", ", args)})";
        return _mocks switch
        {
            MockLibrary.Moq => $"{target}.Verify(x => x.{call}, Times.Once());",
            MockLibrary.NSubstitute => $"{target}.Received(1).{call};",
            _ => $"A.CallTo(() => {target}.{call}).MustHaveHappenedOnceExactly();",
        };
    }

    // An assertion or verification that was started and never finished.
    private string Incomplete() => _asserts switch
    {
        AssertionLibrary.FluentAssertions or AssertionLibrary.AwesomeAssertions => "created.Should();",
        _ => _mocks switch
        {
            MockLibrary.Moq => "_notifier.Verify();",
            MockLibrary.NSubstitute => "_notifier.Received();",
            _ => "A.CallTo(() => _notifier.Notify(\"A-4\", \"created\"));",
        },
    };

    // ------------------------------------------------------------------ assertions

    private bool Fluent => _asserts is AssertionLibrary.FluentAssertions or AssertionLibrary.AwesomeAssertions;

    private string AssertEqual(string expected, string actual)
    {
        if (Fluent) return $"{actual}.Should().Be({expected});";
        if (_asserts == AssertionLibrary.Shouldly) return $"{actual}.ShouldBe({expected});";
        return _fw switch
        {
            CorpusFramework.XUnit => $"Assert.Equal({expected}, {actual});",
            CorpusFramework.NUnit => $"Assert.That({actual}, Is.EqualTo({expected}));",
            CorpusFramework.MSTest => $"Assert.AreEqual({expected}, {actual});",
            _ => $"await Assert.That({actual}).IsEqualTo({expected});",
        };
    }

    private string AssertTrue(string value) => AssertBoolean(value, true);

    private string AssertFalse(string value) => AssertBoolean(value, false);

    private string AssertBoolean(string value, bool expected)
    {
        var word = expected ? "True" : "False";
        if (Fluent) return $"{value}.Should().Be{word}();";
        if (_asserts == AssertionLibrary.Shouldly) return $"{value}.ShouldBe{word}();";
        return _fw switch
        {
            CorpusFramework.XUnit => $"Assert.{word}({value});",
            CorpusFramework.NUnit => $"Assert.That({value}, Is.{word});",
            CorpusFramework.MSTest => $"Assert.Is{word}({value});",
            _ => $"await Assert.That({value}).Is{word}();",
        };
    }

    private string AssertThrows(string exception, string call)
    {
        if (Fluent) return $"FluentActions.Invoking(() => {call}).Should().Throw<{exception}>();";
        if (_asserts == AssertionLibrary.Shouldly) return $"Should.Throw<{exception}>(() => {call});";
        return _fw switch
        {
            CorpusFramework.MSTest => $"Assert.ThrowsException<{exception}>(() => {call});",
            _ => $"Assert.Throws<{exception}>(() => {call});",
        };
    }

    private string AssertThrowsAsync(string exception, string call, bool awaited)
    {
        var await = awaited ? "await " : "";
        if (Fluent) return $"{await}FluentActions.Awaiting(() => {call}).Should().ThrowAsync<{exception}>();";
        if (_asserts == AssertionLibrary.Shouldly) return $"{await}Should.ThrowAsync<{exception}>(() => {call});";
        return _fw switch
        {
            // NUnit's ThrowsAsync blocks and returns the exception; its awaitable form is Assert.ThatAsync.
            CorpusFramework.NUnit => $"{await}Assert.ThatAsync(() => {call}, Throws.TypeOf<{exception}>());",
            CorpusFramework.MSTest => $"{await}Assert.ThrowsExceptionAsync<{exception}>(() => {call});",
            _ => $"{await}Assert.ThrowsAsync<{exception}>(() => {call});",
        };
    }

    private string Fail(string message) => _fw switch
    {
        _ => $"Assert.Fail({message});",
    };

    // ------------------------------------------------------------------ text

    private void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(text);
        }

        _text.Append('\n');
    }

    private void Open()
    {
        Line("{");
        _indent++;
    }

    private void Close()
    {
        _indent--;
        Line("}");
    }
}
