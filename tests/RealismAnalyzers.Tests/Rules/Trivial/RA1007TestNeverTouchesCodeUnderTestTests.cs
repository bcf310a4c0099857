using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1007TestNeverTouchesCodeUnderTest>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1007TestNeverTouchesCodeUnderTestTests
{
    private const string Production = """

        namespace Shop
        {
            public interface IClock { System.DateTime Now { get; } }
            public sealed class Order { public decimal Total { get; set; } }
            public static class Money { public static decimal Round(this decimal value) => System.Math.Round(value, 2); }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_tests_of_the_framework_and_of_test_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using FluentAssertions;
        using NSubstitute;
        namespace Shop.Tests
        {
            [CLASS]
            public class SanityTests
            {
                [TEST]
                public async Task {|RA1007:Lists_keep_their_items|}()
                {
                    var skus = new List<string> { "SKU-1" };
                    skus.Add("SKU-2");
                    ASSERT_EQUAL(2, skus.Count);
                }

                [TEST]
                public void {|RA1007:Substitutes_return_what_they_are_told|}()
                {
                    var provider = Substitute.For<System.IServiceProvider>();
                    provider.GetService(typeof(string)).Returns("x");
                    provider.GetService(typeof(string)).Should().Be("x");
                }

                [TEST]
                public void {|RA1007:Uses_only_the_test_projects_own_builders|}()
                {
                    var data = TestData.Skus();
                    data.Should().NotBeEmpty();
                }
            }

            public static class TestData { public static string[] Skus() => new[] { "SKU-1" }; }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_test_uses_production_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using NSubstitute;
        namespace Shop.Tests
        {
            [CLASS]
            public class OrderTests
            {
                private Order _order = new Order();

                [TEST]
                public void Creates_an_order() => new Order().Total.Should().Be(0m);

                [TEST]
                public void Through_a_helper() => MakeOrder().Should().NotBeNull();

                [TEST]
                public void Through_a_field_set_up_by_the_class() => _order.Should().NotBeNull();

                [TEST]
                public void Through_an_extension_method() => 1.234m.Round().Should().Be(1.23m);

                [TEST]
                public void Through_typeof() => typeof(Order).Name.Should().Be("Order");

                [TEST]
                public void Through_a_double_of_a_production_interface()
                {
                    var clock = Substitute.For<IClock>();
                    clock.Now.Returns(DateTime.MinValue);
                    clock.Now.Should().Be(DateTime.MinValue);
                }

                [TEST]
                public void Through_a_fake_of_the_test_project()
                {
                    var clock = new FixedClock();
                    clock.Now.Should().Be(DateTime.MinValue);
                }

                private static object MakeOrder() => new Order();
            }

            public sealed class FixedClock : IClock { public DateTime Now => DateTime.MinValue; }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_skipped_or_empty_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        namespace Shop.Tests
        {
            [CLASS]
            public class OrderTests
            {
                [SKIPPED]
                public async System.Threading.Tasks.Task Later() { ASSERT_TRUE(1 + 1 == 2); }

                [TEST]
                public void Empty() { }
            }
        }
        """);

    private const string ProjectTest = """
        using Xunit;
        namespace Shop.Tests
        {
            public class OrderTests
            {
                [Fact]
                public void Uses_the_product() => Assert.Equal(0m, new Shop.Order().Total);

                [Fact]
                public void Uses_a_library_of_the_product() => Assert.Equal(2, Shop.Common.Text.Words("a b"));
            }
        }
        """;

    private static Task VerifyWithProjectReferencesAsync(string testSource, string? editorConfig)
    {
        var test = new CSharpAnalyzerTest<RA1007TestNeverTouchesCodeUnderTest, DefaultVerifier>
        {
            TestCode = testSource,
            ReferenceAssemblies = Frameworks.References(Fw.XUnitV2),
        };
        test.TestState.AdditionalProjects["Shop.Core"].Sources.Add(("Order.cs", "namespace Shop { public sealed class Order { public decimal Total { get; set; } } }"));
        test.TestState.AdditionalProjects["Shop.Common"].Sources.Add(("Text.cs", "namespace Shop.Common { public static class Text { public static int Words(string s) => s.Split(' ').Length; } }"));
        test.TestState.AdditionalProjectReferences.Add("Shop.Core");
        test.TestState.AdditionalProjectReferences.Add("Shop.Common");
        Verify<RA1007TestNeverTouchesCodeUnderTest>.Configure(test.TestState, editorConfig);
        return test.RunResolvedAsync();
    }

    [Fact]
    public Task Does_not_fire_when_production_lives_in_a_referenced_project() =>
        VerifyWithProjectReferencesAsync(ProjectTest, editorConfig: null);

    [Fact]
    public Task Production_assemblies_can_be_named_in_editorconfig() =>
        VerifyWithProjectReferencesAsync(ProjectTest.Replace("Uses_a_library_of_the_product", "{|RA1007:Uses_a_library_of_the_product|}"), "realism.production_assemblies = Shop.Core, Billing.*");

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => BrokenCode<RA1007TestNeverTouchesCodeUnderTest>.VerifyNoDiagnosticAsync(fw, """
        namespace Shop.Tests
        {
            [CLASS]
            public class OrderTests
            {
                [TEST]
                public void Broken()
                {
                    var order = new Ord
                    ASSERT_TRUE(order.
        """);
}
