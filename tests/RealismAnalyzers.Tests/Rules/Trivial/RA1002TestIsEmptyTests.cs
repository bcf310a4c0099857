using RealismAnalyzers.CodeFixes.Trivial;
using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1002TestIsEmpty>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1002TestIsEmpty, RealismAnalyzers.CodeFixes.Trivial.RA1002RemoveEmptyTestFix>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1002TestIsEmptyTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_empty_and_comment_only_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void {|RA1002:Refund_is_issued|}()
            {
            }

            [TEST]
            public void {|RA1002:Cancellation_releases_stock|}()
            {
                // TODO: write once the warehouse API is stable
            }

            [THEORY]
            [ROW(1)]
            public async Task {|RA1002:Quantity_is_validated|}(int quantity)
            {
                ;
            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_skipped_expression_bodied_or_non_test_methods(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        [CLASS]
        public class OrderTests
        {
            [SKIPPED]
            public void Refund_is_issued()
            {
            }

            [TEST]
            public void Total_is_computed() => System.Console.WriteLine();

            public void Helper()
            {
            }

            [SETUP]
            public void Prepare()
            {
            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_removes_the_empty_test(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void {|RA1002:Refund_is_issued|}()
            {
                // TODO
            }

            public void Helper()
            {
            }
        }
        """, """
        [CLASS]
        public class OrderTests
        {
            public void Helper()
            {
            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Fix_all_removes_every_empty_test_of_the_document(Fw fw)
    {
        var source = """
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void {|RA1002:Refund_is_issued|}()
            {
            }

            [TEST]
            public void {|RA1002:Stock_is_released|}()
            {
            }

            public void Helper()
            {
            }

            [TEST]
            public void {|RA1002:Invoice_is_sent|}()
            {
            }
        }
        """;
        var fixedSource = """
        [CLASS]
        public class OrderTests
        {
            public void Helper()
            {
            }
        }
        """;
        await FixVerifier.VerifyFixAsync(fw, source, fixedSource);
        await FixOutcome.AssertNoNewFindingAsync(fw, source, fixedSource);
    }
}
