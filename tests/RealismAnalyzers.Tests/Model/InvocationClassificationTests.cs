using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

public class InvocationClassificationTests
{
    private const string Production = """

        public interface IGateway { int Charge(decimal amount); System.Threading.Tasks.Task<int> ChargeAsync(decimal amount); }
        public class Basket { public virtual int Count() => 0; }
        """;

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public async Task XUnit_assertions_by_kind(Fw fw)
    {
        var h = await ModelHarness.CreateAsync(fw, """
            public class T
            {
                [Fact]
                public void M()
                {
                    object o = new object();
                    Assert.Equal(1, 1 + 0);
                    Assert.Null(null);
                    Assert.True(o != null);
                    Assert.IsType<object>(o);
                    Assert.Throws<System.InvalidOperationException>(() => Fail());
                    Assert.Empty(new int[0]);
                    Assert.StartsWith("a", "ab");
                    Assert.InRange(1, 0, 2);
                    var e = Record.Exception(() => Fail());
                    Assert.Fail("x");
                }

                private static void Fail() => throw new System.InvalidOperationException();
            }
            """);

        AssertAssertion(h, "Assert.Equal", AssertionKind.Equality, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.Null", AssertionKind.Null, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.True", AssertionKind.Boolean, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.IsType", AssertionKind.Type, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.Throws", AssertionKind.Throws, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.Empty", AssertionKind.Collection, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.StartsWith", AssertionKind.String, TestLibrary.XUnit);
        AssertAssertion(h, "Assert.InRange", AssertionKind.Comparison, TestLibrary.XUnit);
        var record = h.Classify("Record.Exception");
        Assert.Equal(InvocationRole.AssertionStart, record.Role);
        Assert.True(record.RequiresCompletion);
        Assert.Equal(InvocationRole.Fail, h.Classify("Assert.Fail").Role);
    }

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public async Task NUnit_constraint_and_classic_assertions_by_kind(Fw fw)
    {
        var classic = fw == Fw.NUnit4 ? "ClassicAssert" : "Assert";
        var h = await ModelHarness.CreateAsync(fw, $$"""
            public class T
            {
                [Test]
                public void M()
                {
                    var items = new[] { 1 };
                    Assert.That(items.Length, Is.EqualTo(1));
                    Assert.That(items, Is.Not.Null);
                    Assert.That(() => Fail(), Throws.InvalidOperationException);
                    Assert.That(items, Has.Length.EqualTo(1));
                    Assert.That(items.Length == 1);
                    {{classic}}.AreEqual(1, items.Length);
                    {{classic}}.IsTrue(items.Length == 1);
                    Assert.Throws<System.InvalidOperationException>(() => Fail());
                    Assume.That(items.Length, Is.GreaterThan(0));
                    Assert.Multiple(() => { });
                    Assert.Inconclusive("later");
                }

                private static void Fail() => throw new System.InvalidOperationException();
            }
            """);

        AssertAssertion(h, "Assert.That(items.Length, Is.EqualTo", AssertionKind.Equality, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.That(items, Is.Not.Null", AssertionKind.Null, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.That(() => Fail(), Throws", AssertionKind.Throws, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.That(items, Has", AssertionKind.Collection, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.That(items.Length == 1", AssertionKind.Boolean, TestLibrary.NUnit);
        AssertAssertion(h, classic + ".AreEqual", AssertionKind.Equality, TestLibrary.NUnit);
        AssertAssertion(h, classic + ".IsTrue", AssertionKind.Boolean, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.Throws", AssertionKind.Throws, TestLibrary.NUnit);
        Assert.Equal(InvocationRole.Inconclusive, h.Classify("Assume.That").Role);
        Assert.Equal(InvocationRole.AssertionGroup, h.Classify("Assert.Multiple").Role);
        Assert.Equal(InvocationRole.Inconclusive, h.Classify("Assert.Inconclusive").Role);
    }

    [Fact]
    public async Task NUnit_4_classic_assertions_written_on_Assert_are_assertions()
    {
        // NUnit 4.6 brings the classic asserts back onto Assert as C# 14 extension members (ClassicAssertExtensions).
        var h = await ModelHarness.CreateAsync(Fw.NUnit4, """
            public class T
            {
                [Test]
                public void M()
                {
                    var items = new[] { 1 };
                    Assert.AreEqual(1, items.Length);
                    Assert.IsTrue(items.Length == 1);
                    Assert.IsNull(null);
                    Assert.IsNotEmpty(items);
                    Assert.Greater(items.Length, 0);
                    Assert.IsInstanceOf<int[]>(items);
                }
            }
            """);

        AssertAssertion(h, "Assert.AreEqual", AssertionKind.Equality, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.IsTrue", AssertionKind.Boolean, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.IsNull", AssertionKind.Null, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.IsNotEmpty", AssertionKind.Collection, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.Greater", AssertionKind.Comparison, TestLibrary.NUnit);
        AssertAssertion(h, "Assert.IsInstanceOf", AssertionKind.Type, TestLibrary.NUnit);
    }

    [Fact]
    public async Task MSTest_assertions_by_kind()
    {
        var h = await ModelHarness.CreateAsync(Fw.MSTest, """
            [TestClass]
            public class T
            {
                [TestMethod]
                public void M()
                {
                    Assert.AreEqual(1, 1 + 0);
                    Assert.IsNotNull(new object());
                    Assert.IsTrue(true);
                    Assert.IsInstanceOfType(new object(), typeof(object));
                    Assert.ThrowsException<System.InvalidOperationException>(() => Fail());
                    StringAssert.StartsWith("ab", "a");
                    CollectionAssert.Contains(new[] { 1 }, 1);
                    Assert.Inconclusive();
                }

                private static void Fail() => throw new System.InvalidOperationException();
            }
            """);

        AssertAssertion(h, "Assert.AreEqual", AssertionKind.Equality, TestLibrary.MSTest);
        AssertAssertion(h, "Assert.IsNotNull", AssertionKind.Null, TestLibrary.MSTest);
        AssertAssertion(h, "Assert.IsTrue", AssertionKind.Boolean, TestLibrary.MSTest);
        AssertAssertion(h, "Assert.IsInstanceOfType", AssertionKind.Type, TestLibrary.MSTest);
        AssertAssertion(h, "Assert.ThrowsException", AssertionKind.Throws, TestLibrary.MSTest);
        AssertAssertion(h, "StringAssert.StartsWith", AssertionKind.String, TestLibrary.MSTest);
        AssertAssertion(h, "CollectionAssert.Contains", AssertionKind.Collection, TestLibrary.MSTest);
        Assert.Equal(InvocationRole.Inconclusive, h.Classify("Assert.Inconclusive").Role);
    }

    [Fact]
    public async Task TUnit_assertion_chains()
    {
        var h = await ModelHarness.CreateAsync(Fw.TUnit, """
            using System.Threading.Tasks;
            public class T
            {
                [Test]
                public async Task M()
                {
                    await Assert.That(1 + 0).IsEqualTo(1);
                    await Assert.That((object?)null).IsNull();
                    await Assert.ThrowsAsync<System.InvalidOperationException>(() => Fail());
                }

                private static Task Fail() => throw new System.InvalidOperationException();
            }
            """);

        var start = h.Classify("Assert.That(1 + 0)");
        Assert.Equal(InvocationRole.AssertionStart, start.Role);
        Assert.True(start.RequiresCompletion);
        AssertAssertion(h, "Assert.That(1 + 0).IsEqualTo", AssertionKind.Equality, TestLibrary.TUnit);
        AssertAssertion(h, "Assert.That((object?)null).IsNull", AssertionKind.Null, TestLibrary.TUnit);
        AssertAssertion(h, "Assert.ThrowsAsync", AssertionKind.Throws, TestLibrary.TUnit);
    }

    [Theory]
    [InlineData("FluentAssertions")]
    [InlineData("AwesomeAssertions")]
    public async Task Fluent_assertion_libraries(string ns)
    {
        var library = Enum.Parse<TestLibrary>(ns);
        var h = await ModelHarness.CreateAsync(Fw.XUnitV2, $$"""
            using {{ns}};
            public class T
            {
                [Fact]
                public void M()
                {
                    var total = 10m;
                    total.Should().Be(10m);
                    "abc".Should().StartWith("a").And.EndWith("c");
                    new[] { 1 }.Should().ContainSingle();
                    var act = () => Fail();
                    act.Should().Throw<System.InvalidOperationException>().WithMessage("*");
                    total.Should();
                }

                private static void Fail() => throw new System.InvalidOperationException();
            }
            """);

        AssertAssertion(h, "total.Should().Be", AssertionKind.Equality, library);
        AssertAssertion(h, "\"abc\".Should().StartWith(\"a\").And.EndWith", AssertionKind.String, library);
        AssertAssertion(h, "new[] { 1 }.Should().ContainSingle", AssertionKind.Collection, library);
        AssertAssertion(h, "act.Should().Throw<System.InvalidOperationException>().WithMessage", AssertionKind.Other, library);
        var should = h.Classify("total.Should()");
        Assert.Equal(InvocationRole.AssertionStart, should.Role);
        Assert.True(should.RequiresCompletion);
    }

    [Fact]
    public async Task Shouldly_assertions()
    {
        var h = await ModelHarness.CreateAsync(Fw.NUnit4, """
            using Shouldly;
            public class T
            {
                [Test]
                public void M()
                {
                    10.ShouldBe(10);
                    ((object?)null).ShouldBeNull();
                    Should.Throw<System.InvalidOperationException>(() => Fail());
                    new[] { 1 }.ShouldContain(1);
                }

                private static void Fail() => throw new System.InvalidOperationException();
            }
            """);

        AssertAssertion(h, "10.ShouldBe", AssertionKind.Equality, TestLibrary.Shouldly);
        AssertAssertion(h, "((object?)null).ShouldBeNull", AssertionKind.Null, TestLibrary.Shouldly);
        AssertAssertion(h, "Should.Throw", AssertionKind.Throws, TestLibrary.Shouldly);
        AssertAssertion(h, "new[] { 1 }.ShouldContain", AssertionKind.Collection, TestLibrary.Shouldly);
    }

    [Fact]
    public async Task Moq_creation_configuration_and_verification()
    {
        var h = await ModelHarness.CreateAsync(Fw.XUnitV2, """
            using Moq;
            using AutoFixture;
            using AutoFixture.AutoMoq;
            using System.Threading.Tasks;
            public class T
            {
                [Fact]
                public void M()
                {
                    var gateway = new Mock<IGateway>();
                    var basket = new Mock<Basket> { CallBase = true };
                    var quick = Mock.Of<IGateway>();
                    var fixture = new Fixture().Customize(new AutoMoqCustomization());
                    var frozen = fixture.Freeze<Mock<IGateway>>();
                    gateway.Setup(g => g.Charge(5m)).Returns(1);
                    gateway.Setup(g => g.Charge(6m)).Throws(new System.TimeoutException());
                    gateway.Setup(g => g.Charge(7m)).Returns(() => throw new System.TimeoutException());
                    gateway.Setup(g => g.ChargeAsync(8m)).Returns(Task.FromException<int>(new System.TimeoutException()));
                    gateway.Setup(g => g.ChargeAsync(9m)).ThrowsAsync(new System.TimeoutException());
                    gateway.Verify(g => g.Charge(5m), Times.Once());
                }
            }
            """ + Production);

        AssertDouble(h, "new Mock<IGateway>()", "IGateway", TestLibrary.Moq, partial: false);
        AssertDouble(h, "new Mock<Basket>", "Basket", TestLibrary.Moq, partial: true);
        AssertDouble(h, "Mock.Of<IGateway>()", "IGateway", TestLibrary.Moq, partial: false);
        AssertDouble(h, "fixture.Freeze<Mock<IGateway>>()", "IGateway", TestLibrary.AutoFixture, partial: false);

        AssertConfiguration(h, "gateway.Setup(g => g.Charge(5m)).Returns", ConfigurationKind.Returns, "IGateway", "Charge");
        AssertConfiguration(h, "gateway.Setup(g => g.Charge(6m)).Throws", ConfigurationKind.Throws, "IGateway", "Charge");
        AssertConfiguration(h, "gateway.Setup(g => g.Charge(7m)).Returns", ConfigurationKind.Throws, "IGateway", "Charge");
        AssertConfiguration(h, "gateway.Setup(g => g.ChargeAsync(8m)).Returns", ConfigurationKind.Throws, "IGateway", "ChargeAsync");
        AssertConfiguration(h, "gateway.Setup(g => g.ChargeAsync(9m)).ThrowsAsync", ConfigurationKind.Throws, "IGateway", "ChargeAsync");
        AssertConfiguration(h, "gateway.Setup(g => g.Charge(5m))", ConfigurationKind.Setup, "IGateway", "Charge");
        Assert.Equal(InvocationRole.Verification, h.Classify("gateway.Verify").Role);
    }

    // MockRepository's Create, Verify and VerifyAll are declared on its base class MockFactory: calls bind there.
    [Fact]
    public async Task Moq_MockRepository_creation_and_verification()
    {
        var h = await ModelHarness.CreateAsync(Fw.XUnitV2, """
            using Moq;
            public class T
            {
                [Fact]
                public void M()
                {
                    var repository = new MockRepository(MockBehavior.Strict);
                    var gateway = repository.Create<IGateway>();
                    gateway.Setup(g => g.Charge(5m)).Returns(1);
                    repository.VerifyAll();
                    repository.Verify();
                }
            }
            """ + Production);

        AssertDouble(h, "repository.Create<IGateway>()", "IGateway", TestLibrary.Moq, partial: false);
        Assert.Equal((InvocationRole.Verification, TestLibrary.Moq), (h.Classify("repository.VerifyAll").Role, h.Classify("repository.VerifyAll").Library));
        Assert.Equal((InvocationRole.Verification, TestLibrary.Moq), (h.Classify("repository.Verify").Role, h.Classify("repository.Verify").Library));
    }

    [Fact]
    public async Task NSubstitute_creation_configuration_and_verification()
    {
        var h = await ModelHarness.CreateAsync(Fw.NUnit4, """
            using NSubstitute;
            using NSubstitute.ExceptionExtensions;
            using System.Threading.Tasks;
            public class T
            {
                [Test]
                public void M()
                {
                    var gateway = Substitute.For<IGateway>();
                    var basket = Substitute.ForPartsOf<Basket>();
                    gateway.Charge(5m).Returns(1);
                    gateway.Charge(6m).Throws(new System.TimeoutException());
                    gateway.Charge(7m).Returns(_ => throw new System.TimeoutException());
                    gateway.ChargeAsync(8m).ThrowsAsync(new System.TimeoutException());
                    gateway.When(g => g.Charge(9m)).Do(_ => throw new System.TimeoutException());
                    gateway.Received(1).Charge(5m);
                    gateway.DidNotReceive();
                }
            }
            """ + Production);

        AssertDouble(h, "Substitute.For<IGateway>()", "IGateway", TestLibrary.NSubstitute, partial: false);
        AssertDouble(h, "Substitute.ForPartsOf<Basket>()", "Basket", TestLibrary.NSubstitute, partial: true);
        AssertConfiguration(h, "gateway.Charge(5m).Returns", ConfigurationKind.Returns, "IGateway", "Charge");
        AssertConfiguration(h, "gateway.Charge(6m).Throws", ConfigurationKind.Throws, "IGateway", "Charge");
        AssertConfiguration(h, "gateway.Charge(7m).Returns", ConfigurationKind.Throws, "IGateway", "Charge");
        AssertConfiguration(h, "gateway.ChargeAsync(8m).ThrowsAsync", ConfigurationKind.Throws, "IGateway", "ChargeAsync");
        AssertConfiguration(h, "gateway.When(g => g.Charge(9m)).Do", ConfigurationKind.Throws, null, null);
        Assert.Equal(InvocationRole.Verification, h.Classify("gateway.Received(1).Charge").Role);
        var start = h.Classify("gateway.DidNotReceive()");
        Assert.Equal(InvocationRole.AssertionStart, start.Role);
        Assert.True(start.RequiresCompletion);
    }

    [Fact]
    public async Task FakeItEasy_creation_configuration_and_verification()
    {
        var h = await ModelHarness.CreateAsync(Fw.MSTest, """
            using FakeItEasy;
            using System.Threading.Tasks;
            [TestClass]
            public class T
            {
                [TestMethod]
                public void M()
                {
                    var gateway = A.Fake<IGateway>();
                    var basket = A.Fake<Basket>(o => o.CallsBaseMethods());
                    var typed = new Fake<IGateway>();
                    A.CallTo(() => gateway.Charge(5m)).Returns(1);
                    A.CallTo(() => gateway.Charge(6m)).Throws(new System.TimeoutException());
                    A.CallTo(() => gateway.ChargeAsync(7m)).ThrowsAsync(new System.TimeoutException());
                    A.CallTo(() => gateway.Charge(8m)).ReturnsLazily(() => throw new System.TimeoutException());
                    A.CallTo(() => gateway.Charge(5m)).MustHaveHappenedOnceExactly();
                    A.CallTo(() => gateway.Charge(9m));
                }
            }
            """ + Production);

        AssertDouble(h, "A.Fake<IGateway>()", "IGateway", TestLibrary.FakeItEasy, partial: false);
        AssertDouble(h, "A.Fake<Basket>", "Basket", TestLibrary.FakeItEasy, partial: true);
        AssertDouble(h, "new Fake<IGateway>()", "IGateway", TestLibrary.FakeItEasy, partial: false);
        AssertConfiguration(h, "A.CallTo(() => gateway.Charge(5m)).Returns", ConfigurationKind.Returns, "IGateway", "Charge");
        AssertConfiguration(h, "A.CallTo(() => gateway.Charge(6m)).Throws", ConfigurationKind.Throws, "IGateway", "Charge");
        AssertConfiguration(h, "A.CallTo(() => gateway.ChargeAsync(7m)).ThrowsAsync", ConfigurationKind.Throws, "IGateway", "ChargeAsync");
        AssertConfiguration(h, "A.CallTo(() => gateway.Charge(8m)).ReturnsLazily", ConfigurationKind.Throws, "IGateway", "Charge");
        Assert.Equal(InvocationRole.Verification, h.Classify("A.CallTo(() => gateway.Charge(5m)).MustHaveHappenedOnceExactly").Role);
        var start = h.Classify("A.CallTo(() => gateway.Charge(9m))");
        Assert.True(start.RequiresCompletion);
    }

    [Fact]
    public async Task Doppelgangers_of_library_types_are_not_recognised()
    {
        var h = await ModelHarness.CreateAsync(Fw.XUnitV2, """
            namespace MyCompany.Fakes
            {
                public class Mock<T> where T : class { public T? Object => null; public void Verify() { } public void Setup() { } }
                public static class Substitute { public static T For<T>() where T : class, new() => new T(); }
                public static class Checks { public static void Equal(int a, int b) { } }
            }

            namespace Tests
            {
                using MyCompany.Fakes;
                public class T
                {
                    [Fact]
                    public void M()
                    {
                        var mock = new Mock<IGateway>();
                        mock.Setup();
                        var basket = Substitute.For<Basket>();
                        Checks.Equal(1, 1);
                        mock.Verify();
                    }
                }
            }
            """ + Production);

        Assert.False(h.Model.Doubles.TryGetDoubleCreation(h.Creation("new Mock<IGateway>()"), out _));
        Assert.False(h.Model.Doubles.TryGetDoubleCreation(h.Creation("Substitute.For<Basket>()"), out _));
        Assert.Equal(InvocationRole.None, h.Classify("mock.Setup").Role);
        Assert.Equal(InvocationRole.None, h.Classify("Checks.Equal").Role);
        // "Verify" is an assertion prefix by convention, so the user's own Verify counts as a custom assertion.
        Assert.Equal(TestLibrary.Custom, h.Classify("mock.Verify").Library);
    }

    private static void AssertAssertion(ModelHarness h, string text, AssertionKind kind, TestLibrary library)
    {
        var info = h.Classify(text);
        Assert.True(info.Role == InvocationRole.Assertion, $"{text}: {info.Role}");
        Assert.True(info.Kind == kind, $"{text}: {info.Kind}");
        Assert.Equal(library, info.Library);
    }

    private static void AssertDouble(ModelHarness h, string creation, string type, TestLibrary library, bool partial)
    {
        Assert.True(h.Model.Doubles.TryGetDoubleCreation(h.Creation(creation), out var testDouble), creation);
        Assert.Equal(type, testDouble.DoubledType.Name);
        Assert.Equal(library, testDouble.Library);
        Assert.Equal(partial, testDouble.IsPartial);
    }

    private static void AssertConfiguration(ModelHarness h, string text, ConfigurationKind kind, string? type, string? member)
    {
        Assert.True(h.Model.Doubles.TryGetDoubleConfiguration(h.Invocation(text), out var configuration), text);
        Assert.Equal(kind, configuration.Kind);
        if (type is not null)
        {
            Assert.Equal(type, configuration.DoubledType?.Name);
            Assert.Equal(member, configuration.Member?.Name);
        }
    }
}
