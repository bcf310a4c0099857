using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Rules.Mocking;
using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Rules;

/// <summary>
/// In a testing library's own test suite (NSubstitute's specs, TUnit's tests) the library is the product: its calls are what the
/// suite tests. The rules that judge how a test uses that kind of library stay silent there; the others still apply.
/// </summary>
public class LibraryUnderTestTests
{
    private const string Specs = """
        using System.Collections.Generic;
        using NSubstitute;
        using NUnit.Framework;

        public class SubstituteSpecs
        {
            [Test]
            public void Substitutes_for_a_list()
            {
                var list = Substitute.For<IList<int>>();
                list.Count.Returns(3);
                Assert.That(list.Count, Is.EqualTo(3));
            }

            [Test]
            public void Creates_a_substitute() => Substitute.For<IList<int>>();
        }
        """;

    [Fact]
    public async Task The_rules_about_doubles_are_silent_in_a_double_librarys_own_suite()
    {
        await VerifyAsync<RA2003DoubleOfDataType>("NSubstitute.Acceptance.Specs", Specs);
        await VerifyAsync<RA2004AssertionChecksDoubleAnswer>("NSubstitute.Acceptance.Specs", Specs);
    }

    [Fact]
    public async Task The_same_tests_in_a_product_suite_are_reported()
    {
        await VerifyAsync<RA2003DoubleOfDataType>("Shop.Tests", Specs.Replace("Substitute.For<IList<int>>()", "{|RA2003:Substitute.For<IList<int>>()|}"));
        await VerifyAsync<RA2004AssertionChecksDoubleAnswer>("Shop.Tests", Specs.Replace("Assert.That(list.Count, Is.EqualTo(3))", "{|RA2004:Assert.That(list.Count, Is.EqualTo(3))|}"));
    }

    [Fact]
    public Task Rules_about_test_structure_still_apply_in_a_double_librarys_own_suite() =>
        VerifyAsync<RA1001TestHasNoAssertion>("NSubstitute.Acceptance.Specs", Specs.Replace("Creates_a_substitute", "{|RA1001:Creates_a_substitute|}"));

    [Fact]
    public async Task No_rule_applies_in_a_frameworks_own_suite()
    {
        // TUnit's engine tests run fixtures like these (empty on purpose) and check what the engine did with them.
        const string Fixtures = """
            using TUnit.Core;

            public class DiscoveryFixtures
            {
                [Test]
                public void Discovered() { }

                [Test]
                public void Runs_without_asserting() => System.Console.WriteLine("ran");
            }
            """;

        await VerifyAsync<RA1002TestIsEmpty>("TUnit.TestProject", Fixtures, Fw.TUnit);
        await VerifyAsync<RA1001TestHasNoAssertion>("TUnit.TestProject", Fixtures, Fw.TUnit);
        await VerifyAsync<RA1002TestIsEmpty>("CloudShop.Tests", Fixtures.Replace("void Discovered()", "void {|RA1002:Discovered|}()"), Fw.TUnit);
    }

    private static Task VerifyAsync<TAnalyzer>(string assemblyName, string source, Fw fw = Fw.NUnit4)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = Frameworks.References(fw),
        };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, assemblyName));
        return test.RunAsync();
    }
}
