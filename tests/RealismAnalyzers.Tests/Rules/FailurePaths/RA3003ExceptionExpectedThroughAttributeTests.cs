using RealismAnalyzers.CodeFixes.FailurePaths;
using RealismAnalyzers.Rules.FailurePaths;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3003ExceptionExpectedThroughAttribute>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3003ExceptionExpectedThroughAttribute, RealismAnalyzers.CodeFixes.FailurePaths.RA3003MoveExpectedExceptionOntoLastStatementFix>;

namespace RealismAnalyzers.Tests.Rules.FailurePaths;

public class RA3003ExceptionExpectedThroughAttributeTests
{
    private const string Production = """

        public sealed class OutOfStockException : System.Exception { }

        public sealed class Inventory
        {
            private int _stock;
            public Inventory(int stock) => _stock = stock;
            public int Reserve(string sku, int quantity) => quantity > _stock ? throw new OutOfStockException() : _stock -= quantity;
            public System.Threading.Tasks.Task<int> ReserveAsync(string sku, int quantity) => System.Threading.Tasks.Task.FromResult(Reserve(sku, quantity));
        }
        """;

    /// <summary>NUnit 3 removed [ExpectedException]; suites migrated from NUnit 2 keep their own copy of it.</summary>
    private const string LegacyAttribute = """

        namespace Shop.Tests.Legacy
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class ExpectedExceptionAttribute : System.Attribute
            {
                public ExpectedExceptionAttribute(System.Type exceptionType) => ExceptionType = exceptionType;
                public System.Type ExceptionType { get; }
            }
        }
        """;

    [Fact]
    public Task Fires_on_mstest_ExpectedException() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            [{|#0:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", 3);
            }

            [TestMethod, {|#1:ExpectedException(typeof(OutOfStockException), AllowDerivedTypes = true)|}]
            public void Reserving_from_an_empty_inventory_fails() => new Inventory(0).Reserve("SKU-1", 1);
        }
        """ + Production,
        Verifier.Diagnostic("RA3003").WithLocation(0).WithArguments("Reserving_more_than_the_stock_fails", "OutOfStockException"),
        Verifier.Diagnostic("RA3003").WithLocation(1).WithArguments("Reserving_from_an_empty_inventory_fails", "OutOfStockException"));

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    [InlineData(Fw.XUnitV3)]
    public Task Fires_on_an_NUnit_2_style_attribute_in_any_namespace(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Shop.Tests.Legacy;
        [CLASS]
        public class InventoryTests
        {
            [TEST]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", 3);
            }
        }
        """ + Production + LegacyAttribute);

    [Fact]
    public Task Does_not_fire_on_tests_without_the_attribute_or_on_non_tests() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                Assert.ThrowsException<OutOfStockException>(() => inventory.Reserve("SKU-1", 3));
            }

            [ExpectedException(typeof(OutOfStockException))]
            public void NotATest() => new Inventory(0).Reserve("SKU-1", 1);
        }
        """ + Production);

    [Fact]
    public Task Does_not_crash_on_an_attribute_with_a_missing_type() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            [{|RA3003:ExpectedException(typeof({|CS0246:MissingException|}))|}]
            public void Reserving_fails() => new Inventory(0).Reserve("SKU-1", 1);
        }
        """ + Production);

    [Fact]
    public Task Fix_uses_mstest_ThrowsExactly_on_the_last_statement() => FixVerifier.VerifyFixAsync(Fw.MSTest, """
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", 3);
            }
        }
        """ + Production, """
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                Assert.ThrowsExactly<OutOfStockException>(() => inventory.Reserve("SKU-1", 3));
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_all_rewrites_every_test_of_the_document_sync_async_and_expression_bodied() => FixVerifier.VerifyFixAsync(Fw.MSTest, """
        using System.Threading.Tasks;
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                var left = inventory.Reserve("SKU-1", 3);
            }

            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}, TestMethod]
            public async Task Reserving_asynchronously_fails()
            {
                var inventory = new Inventory(stock: 0);
                await inventory.ReserveAsync("SKU-1", 1);
            }

            [TestMethod, {|RA3003:ExpectedException(typeof(OutOfStockException), AllowDerivedTypes = true)|}]
            public void Reserving_from_an_empty_inventory_fails() => new Inventory(0).Reserve("SKU-1", 1);
        }
        """ + Production, """
        using System.Threading.Tasks;
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                Assert.ThrowsExactly<OutOfStockException>(() => inventory.Reserve("SKU-1", 3));
            }

            [TestMethod]
            public async Task Reserving_asynchronously_fails()
            {
                var inventory = new Inventory(stock: 0);
                await Assert.ThrowsExactlyAsync<OutOfStockException>(() => inventory.ReserveAsync("SKU-1", 1));
            }

            [TestMethod]
            public void Reserving_from_an_empty_inventory_fails()
            {
                Assert.Throws<OutOfStockException>(() => new Inventory(0).Reserve("SKU-1", 1));
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_uses_FluentAssertions_when_the_file_does() => FixVerifier.VerifyFixAsync(Fw.MSTest, """
        using System.Threading.Tasks;
        using FluentAssertions;
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", 3);
            }

            [TestMethod]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public async Task Reserving_asynchronously_fails()
            {
                var inventory = new Inventory(stock: 0);
                await inventory.ReserveAsync("SKU-1", 1);
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        using FluentAssertions;
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                FluentActions.Invoking(() => inventory.Reserve("SKU-1", 3)).Should().Throw<OutOfStockException>();
            }

            [TestMethod]
            public async Task Reserving_asynchronously_fails()
            {
                var inventory = new Inventory(stock: 0);
                await FluentActions.Awaiting(() => inventory.ReserveAsync("SKU-1", 1)).Should().ThrowAsync<OutOfStockException>();
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Fix_uses_NUnit_Assert_Throws_for_a_legacy_attribute(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System.Threading.Tasks;
        using Shop.Tests.Legacy;
        public class InventoryTests
        {
            [Test]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", 3);
            }

            [Test]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public async Task Reserving_asynchronously_fails()
            {
                var inventory = new Inventory(stock: await Task.FromResult(0));
                await inventory.ReserveAsync("SKU-1", 1);
            }
        }
        """ + Production + LegacyAttribute, """
        using System.Threading.Tasks;
        using Shop.Tests.Legacy;
        public class InventoryTests
        {
            [Test]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                Assert.Throws<OutOfStockException>(() => inventory.Reserve("SKU-1", 3));
            }

            [Test]
            public async Task Reserving_asynchronously_fails()
            {
                var inventory = new Inventory(stock: await Task.FromResult(0));
                Assert.ThrowsAsync<OutOfStockException>(() => inventory.ReserveAsync("SKU-1", 1));
            }
        }
        """ + Production + LegacyAttribute);

    [Fact]
    public Task No_fix_when_the_last_statement_is_not_a_call() => FixVerifier.VerifyNoFixAsync(Fw.MSTest, """
        [TestClass]
        public class InventoryTests
        {
            [TestMethod]
            [{|RA3003:ExpectedException(typeof(OutOfStockException))|}]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                if (inventory != null)
                {
                    inventory.Reserve("SKU-1", 3);
                }
            }
        }
        """ + Production);
}
