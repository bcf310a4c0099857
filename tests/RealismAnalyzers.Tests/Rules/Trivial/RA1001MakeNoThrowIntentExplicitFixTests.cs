using RealismAnalyzers.Tests.Verifiers;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1001TestHasNoAssertion, RealismAnalyzers.CodeFixes.Trivial.RA1001MakeNoThrowIntentExplicitFix>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1001MakeNoThrowIntentExplicitFixTests
{
    private const string Production = """

        public sealed class Warehouse
        {
            public void Restock(string sku, int quantity) { }
            public System.Threading.Tasks.Task RestockAsync(string sku, int quantity) => System.Threading.Tasks.Task.CompletedTask;
        }
        """;

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task XUnit_wraps_the_body_in_Record_Exception(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        public class WarehouseTests
        {
            [Fact]
            public void {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                var warehouse = new Warehouse();
                warehouse.Restock("SKU-1", 5);
            }
        }
        """ + Production, """
        public class WarehouseTests
        {
            [Fact]
            public void Restocking_accepts_a_known_sku()
            {
                var exception = Record.Exception(() =>
                {
                    var warehouse = new Warehouse();
                    warehouse.Restock("SKU-1", 5);
                });
                Assert.Null(exception);
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task XUnit_async_tests_use_Record_ExceptionAsync(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System.Threading.Tasks;

        public class WarehouseTests
        {
            [Fact]
            public async Task {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                var warehouse = new Warehouse();
                await warehouse.RestockAsync("SKU-1", 5);
            }
        }
        """ + Production, """
        using System.Threading.Tasks;

        public class WarehouseTests
        {
            [Fact]
            public async Task Restocking_accepts_a_known_sku()
            {
                var exception = await Record.ExceptionAsync(async () =>
                {
                    var warehouse = new Warehouse();
                    await warehouse.RestockAsync("SKU-1", 5);
                });
                Assert.Null(exception);
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task NUnit_uses_Assert_DoesNotThrow(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        public class WarehouseTests
        {
            [Test]
            public void {|RA1001:Restocking_accepts_a_known_sku|}() => new Warehouse().Restock("SKU-1", 5);
        }
        """ + Production, """
        public class WarehouseTests
        {
            [Test]
            public void Restocking_accepts_a_known_sku()
            {
                Assert.DoesNotThrow(() =>
                {
                    new Warehouse().Restock("SKU-1", 5);
                });
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task NUnit_async_tests_use_Assert_DoesNotThrowAsync(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System.Threading.Tasks;

        public class WarehouseTests
        {
            [Test]
            public async Task {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                await new Warehouse().RestockAsync("SKU-1", 5);
            }
        }
        """ + Production, """
        using System.Threading.Tasks;

        public class WarehouseTests
        {
            [Test]
            public async Task Restocking_accepts_a_known_sku()
            {
                Assert.DoesNotThrowAsync(async () =>
                {
                    await new Warehouse().RestockAsync("SKU-1", 5);
                });
            }
        }
        """ + Production);

    [Fact]
    public Task TUnit_uses_ThrowsNothing_and_makes_the_test_async() => FixVerifier.VerifyFixAsync(Fw.TUnit, """
        public class WarehouseTests
        {
            [Test]
            public void {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                new Warehouse().Restock("SKU-1", 5);
            }
        }
        """ + Production, """
        using System.Threading.Tasks;

        public class WarehouseTests
        {
            [Test]
            public async Task Restocking_accepts_a_known_sku()
            {
                await Assert.That(() =>
                {
                    new Warehouse().Restock("SKU-1", 5);
                }).ThrowsNothing();
            }
        }
        """ + Production);

    [Fact]
    public Task MSTest_with_FluentAssertions_uses_NotThrow() => FixVerifier.VerifyFixAsync(Fw.MSTest, """
        using FluentAssertions;

        [TestClass]
        public class WarehouseTests
        {
            [TestMethod]
            public void {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                new Warehouse().Restock("SKU-1", 5);
            }
        }
        """ + Production, """
        using FluentAssertions;

        [TestClass]
        public class WarehouseTests
        {
            [TestMethod]
            public void Restocking_accepts_a_known_sku()
            {
                FluentActions.Invoking(() =>
                {
                    new Warehouse().Restock("SKU-1", 5);
                }).Should().NotThrow();
            }
        }
        """ + Production);

    [Fact]
    public Task MSTest_with_Shouldly_uses_Should_NotThrowAsync_for_async_tests() => FixVerifier.VerifyFixAsync(Fw.MSTest, """
        using System.Threading.Tasks;
        using Shouldly;

        [TestClass]
        public class WarehouseTests
        {
            [TestMethod]
            public async Task {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                await new Warehouse().RestockAsync("SKU-1", 5);
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        using Shouldly;

        [TestClass]
        public class WarehouseTests
        {
            [TestMethod]
            public async Task Restocking_accepts_a_known_sku()
            {
                await Should.NotThrowAsync(async () =>
                {
                    await new Warehouse().RestockAsync("SKU-1", 5);
                });
            }
        }
        """ + Production);

    [Fact]
    public Task MSTest_without_an_assertion_library_gets_no_fix() => FixVerifier.VerifyNoFixAsync(Fw.MSTest, """
        [TestClass]
        public class WarehouseTests
        {
            [TestMethod]
            public void {|RA1001:Restocking_accepts_a_known_sku|}()
            {
                new Warehouse().Restock("SKU-1", 5);
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.NUnit4)]
    public async Task Fix_all_makes_every_test_of_the_document_explicit_and_adds_no_finding(Fw fw)
    {
        var (source, fixedSource) = FixAllCase(fw);
        await FixVerifier.VerifyFixAsync(fw, source, fixedSource);
        await FixOutcome.AssertNoNewFindingAsync(fw, source, fixedSource);
    }

    private static (string Source, string Fixed) FixAllCase(Fw fw) => ("""
        public class WarehouseTests
        {
            [TEST]
            public void {|RA1001:Restocks|}()
            {
                new Warehouse().Restock("SKU-1", 5);
            }

            [TEST]
            public void {|RA1001:Restocks_twice|}()
            {
                var warehouse = new Warehouse();
                warehouse.Restock("SKU-1", 5);
                warehouse.Restock("SKU-1", 5);
            }
        }
        """ + Production, fw == Fw.XUnitV2 ? """
        public class WarehouseTests
        {
            [Fact]
            public void Restocks()
            {
                var exception = Record.Exception(() =>
                {
                    new Warehouse().Restock("SKU-1", 5);
                });
                Assert.Null(exception);
            }

            [Fact]
            public void Restocks_twice()
            {
                var exception = Record.Exception(() =>
                {
                    var warehouse = new Warehouse();
                    warehouse.Restock("SKU-1", 5);
                    warehouse.Restock("SKU-1", 5);
                });
                Assert.Null(exception);
            }
        }
        """ + Production : """
        public class WarehouseTests
        {
            [Test]
            public void Restocks()
            {
                Assert.DoesNotThrow(() =>
                {
                    new Warehouse().Restock("SKU-1", 5);
                });
            }

            [Test]
            public void Restocks_twice()
            {
                Assert.DoesNotThrow(() =>
                {
                    var warehouse = new Warehouse();
                    warehouse.Restock("SKU-1", 5);
                    warehouse.Restock("SKU-1", 5);
                });
            }
        }
        """ + Production);

    private const string GlobalUsings = """
        global using System.Threading.Tasks;
        global using Xunit;
        """;

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Adds_no_using_that_a_global_using_already_brings(Fw fw) => FixVerifier.VerifyFixAsync(
        fw,
        [("/0/Test0.cs", """
            public class WarehouseTests
            {
                [Fact]
                public void {|RA1001:Restocks|}()
                {
                    new Warehouse().Restock("SKU-1", 5);
                }

                [Fact]
                public async Task {|RA1001:Restocks_later|}()
                {
                    await new Warehouse().RestockAsync("SKU-1", 5);
                }
            }
            """ + Production), ("/0/GlobalUsings.cs", GlobalUsings)],
        [("/0/Test0.cs", """
            public class WarehouseTests
            {
                [Fact]
                public void Restocks()
                {
                    var exception = Record.Exception(() =>
                    {
                        new Warehouse().Restock("SKU-1", 5);
                    });
                    Assert.Null(exception);
                }

                [Fact]
                public async Task Restocks_later()
                {
                    var exception = await Record.ExceptionAsync(async () =>
                    {
                        await new Warehouse().RestockAsync("SKU-1", 5);
                    });
                    Assert.Null(exception);
                }
            }
            """ + Production), ("/0/GlobalUsings.cs", GlobalUsings)]);
}
