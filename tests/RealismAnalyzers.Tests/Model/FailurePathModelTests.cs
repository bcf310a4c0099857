using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The failure-path queries of the Model (Model/FailureSetups/FailureSetupService.FailurePaths.cs), per mocking and assertion library.</summary>
public class FailurePathModelTests
{
    private const string Prelude = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Moq;
        using NSubstitute;
        using NSubstitute.ExceptionExtensions;
        using NSubstitute.ReturnsExtensions;
        using FakeItEasy;
        using Xunit;
        using FluentAssertions;
        using Shouldly;

        public interface IPaymentGateway
        {
            bool Charge(decimal amount);
            Task<bool> ChargeAsync(decimal amount);
            Receipt? Find(string id);
            void Refund(string id);
            ChargeResult Authorize(decimal amount);
        }

        public sealed class ChargeResult
        {
            public bool IsSuccess { get; private set; }
            public static ChargeResult Approved() => new ChargeResult { IsSuccess = true };
            public static ChargeResult Failed(string reason) => new ChargeResult();
        }

        public sealed class Receipt { public string Id { get; set; } = ""; }
        public sealed class GatewayDownException : Exception { }

        public static class Snippet
        {
            public static async Task Run()
            {
                var mock = new Mock<IPaymentGateway>();
                var sub = Substitute.For<IPaymentGateway>();
                var fake = A.Fake<IPaymentGateway>();
                await Task.Yield();
        """;

    public static TheoryData<string, bool> Configurations => new()
    {
        // Moq
        { "mock.Setup(g => g.Charge(It.IsAny<decimal>())).Throws<GatewayDownException>();", true },
        { "mock.Setup(g => g.Charge(It.IsAny<decimal>())).Throws(new GatewayDownException());", true },
        { "mock.Setup(g => g.ChargeAsync(It.IsAny<decimal>())).ThrowsAsync(new GatewayDownException());", true },
        { "mock.Setup(g => g.Charge(It.IsAny<decimal>())).Returns(() => throw new GatewayDownException());", true },
        { "mock.Setup(g => g.ChargeAsync(It.IsAny<decimal>())).Returns(Task.FromException<bool>(new GatewayDownException()));", true },
        { "mock.Setup(g => g.Refund(It.IsAny<string>())).Callback(() => throw new GatewayDownException());", true },
        { "mock.SetupSequence(g => g.Charge(It.IsAny<decimal>())).Returns(true).Throws(new GatewayDownException());", true },
        { "mock.Setup(g => g.Charge(It.IsAny<decimal>())).Returns(false);", true },
        { "mock.Setup(g => g.ChargeAsync(It.IsAny<decimal>())).ReturnsAsync(false);", true },
        { "mock.Setup(g => g.Find(It.IsAny<string>())).Returns((Receipt?)null);", true },
        { "mock.Setup(g => g.Authorize(It.IsAny<decimal>())).Returns(ChargeResult.Failed(\"declined\"));", true },
        { "mock.Setup(g => g.Authorize(It.IsAny<decimal>())).Returns(ChargeResult.Approved());", false },
        { "mock.Setup(g => g.Charge(It.IsAny<decimal>())).Returns(true);", false },
        { "mock.Setup(g => g.ChargeAsync(It.IsAny<decimal>())).ReturnsAsync(true);", false },
        { "mock.Setup(g => g.Find(It.IsAny<string>())).Returns(new Receipt());", false },

        // NSubstitute
        { "sub.Charge(Arg.Any<decimal>()).Throws(new GatewayDownException());", true },
        { "sub.Charge(Arg.Any<decimal>()).Throws<GatewayDownException>();", true },
        { "sub.ChargeAsync(Arg.Any<decimal>()).ThrowsAsync(new GatewayDownException());", true },
        { "sub.Charge(Arg.Any<decimal>()).Returns(_ => throw new GatewayDownException());", true },
        { "sub.ChargeAsync(Arg.Any<decimal>()).Returns(Task.FromException<bool>(new GatewayDownException()));", true },
        { "sub.When(g => g.Refund(Arg.Any<string>())).Do(_ => throw new GatewayDownException());", true },
        { "sub.When(g => g.Refund(Arg.Any<string>())).Do(_ => { throw new GatewayDownException(); });", true },
        { "sub.Find(Arg.Any<string>()).ReturnsNull();", true },
        { "sub.Charge(Arg.Any<decimal>()).Returns(false);", true },
        { "sub.Authorize(Arg.Any<decimal>()).Returns(ChargeResult.Failed(\"declined\"));", true },
        { "sub.Charge(Arg.Any<decimal>()).Returns(true);", false },
        { "sub.When(g => g.Refund(Arg.Any<string>())).Do(_ => { });", false },

        // FakeItEasy
        { "A.CallTo(() => fake.Charge(A<decimal>._)).Throws<GatewayDownException>();", true },
        { "A.CallTo(() => fake.Charge(A<decimal>._)).Throws(new GatewayDownException());", true },
        { "A.CallTo(() => fake.ChargeAsync(A<decimal>._)).ThrowsAsync(new GatewayDownException());", true },
        { "A.CallTo(() => fake.Charge(A<decimal>._)).ReturnsLazily(() => throw new GatewayDownException());", true },
        { "A.CallTo(() => fake.ChargeAsync(A<decimal>._)).Returns(Task.FromException<bool>(new GatewayDownException()));", true },
        { "A.CallTo(() => fake.Refund(A<string>._)).Invokes(() => throw new GatewayDownException());", true },
        { "A.CallTo(() => fake.Charge(A<decimal>._)).Returns(false);", true },
        { "A.CallTo(() => fake.Authorize(A<decimal>._)).Returns(ChargeResult.Failed(\"declined\"));", true },
        { "A.CallTo(() => fake.Charge(A<decimal>._)).Returns(true);", false },
        { "A.CallTo(() => fake.Refund(A<string>._)).DoesNothing();", false },
    };

    [Theory, MemberData(nameof(Configurations))]
    public async Task Recognises_failing_configurations(string statement, bool failing)
    {
        var (model, invocation) = await CompileAsync(statement);

        var recognised = model.FailureSetups.IsFailingConfiguration(invocation, out var configuration);

        Assert.Equal(failing, recognised);
        if (failing)
        {
            Assert.Equal("IPaymentGateway", configuration.DoubledType?.Name);
        }
    }

    public static TheoryData<string, string?> ExpectedExceptions => new()
    {
        { "Assert.Throws<GatewayDownException>(() => sub.Refund(\"r\"));", "GatewayDownException" },
        { "Assert.Throws<Exception>(() => sub.Refund(\"r\"));", "Exception" },
        { "Assert.ThrowsAny<SystemException>(() => sub.Refund(\"r\"));", "SystemException" },
        { "await Assert.ThrowsAsync<GatewayDownException>(() => sub.ChargeAsync(1m));", "GatewayDownException" },
        { "Assert.Throws(typeof(Exception), () => sub.Refund(\"r\"));", "Exception" },
        { "FluentActions.Invoking(() => sub.Refund(\"r\")).Should().Throw<Exception>();", "Exception" },
        { "FluentActions.Invoking(() => sub.Refund(\"r\")).Should().ThrowExactly<GatewayDownException>();", "GatewayDownException" },
        { "Should.Throw<Exception>(() => sub.Refund(\"r\"));", "Exception" },
        { "new Action(() => sub.Refund(\"r\")).ShouldThrow<GatewayDownException>();", "GatewayDownException" },
    };

    [Theory, MemberData(nameof(ExpectedExceptions))]
    public async Task Reads_the_expected_exception_type(string statement, string? expected)
    {
        var (model, invocation) = await CompileAsync(statement);

        var found = model.FailureSetups.TryGetExpectedException(invocation, out var type);

        Assert.Equal((true, expected), (found, type?.Name));
    }

    public static TheoryData<string> NotExpectedExceptions => new()
    {
        "FluentActions.Invoking(() => sub.Refund(\"r\")).Should().NotThrow();",
        "Should.NotThrow(() => sub.Refund(\"r\"));",
        "Assert.True(sub.Charge(1m));",
        "Record.Exception(() => sub.Refund(\"r\"));",
    };

    [Theory, MemberData(nameof(NotExpectedExceptions))]
    public async Task Does_not_read_an_exception_from_other_assertions(string statement)
    {
        var (model, invocation) = await CompileAsync(statement);

        Assert.Equal((false, null), (model.FailureSetups.TryGetExpectedException(invocation, out var type), type?.Name));
    }

    public static TheoryData<string, string, string> OutcomeChecks => new()
    {
        { "Assert.True(sub.Charge(1m));", "IsTrue", "Charge" },
        { "Assert.False(sub.Charge(1m));", "IsFalse", "Charge" },
        { "Assert.NotNull(sub.Find(\"r\"));", "IsNotNull", "Find" },
        { "Assert.Null(sub.Find(\"r\"));", "IsNull", "Find" },
        { "sub.Charge(1m).Should().BeTrue();", "IsTrue", "Charge" },
        { "sub.Find(\"r\").Should().BeNull();", "IsNull", "Find" },
        { "sub.Charge(1m).ShouldBeFalse();", "IsFalse", "Charge" },
        { "sub.Find(\"r\").ShouldNotBeNull();", "IsNotNull", "Find" },
    };

    [Theory, MemberData(nameof(OutcomeChecks))]
    public async Task Reads_outcome_checks(string statement, string expected, string member)
    {
        var (model, invocation) = await CompileAsync(statement);

        var found = model.FailureSetups.TryGetOutcomeCheck(invocation, out var subject, out var check);

        Assert.Equal((true, expected, member), (found, check.ToString(), (subject as IInvocationOperation)?.TargetMethod.Name));
    }

    public static TheoryData<string, bool> DataTypes => new()
    {
        { "string", true },
        { "List<Receipt>", true },
        { "IEnumerable<Receipt>", true },
        { "IDictionary<string, Receipt>", true },
        { "Receipt[]", true },
        { "Receipt", true },
        { "OrderLine", true },
        { "IPaymentGateway", false },
        { "PaymentService", false },
        { "Exception", false },
    };

    [Theory, MemberData(nameof(DataTypes))]
    public async Task Tells_data_types_from_behaviour(string typeName, bool isData)
    {
        var (model, _) = await CompileAsync(
            "sub.Refund(\"r\");",
            "public record OrderLine(string Sku, int Quantity);\npublic class PaymentService { public virtual bool Pay(decimal amount) => amount > 0; }\npublic static class Probe { public static " + typeName + "? Value; }");
        var probe = model.Compilation.GetSymbolsWithName("Probe").OfType<INamedTypeSymbol>().Single();
        var type = probe.GetMembers("Value").OfType<IFieldSymbol>().Single().Type;

        Assert.Equal(isData, FailureSetupService.IsDataType(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)));
    }

    private static async Task<(TestingModel Model, IInvocationOperation Invocation)> CompileAsync(string statement, string extra = "")
    {
        var source = Prelude + "\n" + statement + "\n    }\n}\n" + extra;
        var references = await Frameworks.ResolveAsync(Fw.XUnitV2);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "ModelProbe",
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Empty(errors);

        var model = TestingModel.For(compilation) ?? throw new InvalidOperationException("xUnit is referenced: the Model must exist.");
        var run = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Run");
        var last = run.Body!.Statements.OfType<ExpressionStatementSyntax>().Last().Expression;
        if (last is AwaitExpressionSyntax awaited)
        {
            last = awaited.Expression;
        }

        var operation = compilation.GetSemanticModel(tree).GetOperation(last);
        return (model, operation as IInvocationOperation ?? throw new InvalidOperationException("Not an invocation: " + last));
    }
}
