using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.CodeFixes;

/// <summary>
/// One <see cref="AdhocWorkspace"/> solution as an IDE holds it: a test project per framework (xUnit, NUnit, MSTest, TUnit),
/// each with its production code and two test documents full of findings that the code fixes fix.
/// </summary>
internal static class FixAllFlowSolution
{
    public static readonly ImmutableArray<Fw> Frameworks = [Fw.XUnitV2, Fw.NUnit4, Fw.MSTest, Fw.TUnit];

    public static async Task<Solution> CreateAsync(AdhocWorkspace workspace, CancellationToken cancellationToken)
    {
        var solution = workspace.CurrentSolution;
        foreach (var fw in Frameworks)
        {
            var references = await Verifiers.Frameworks.References(fw).ResolveAsync(LanguageNames.CSharp, cancellationToken);
            var id = ProjectId.CreateNewId(fw.ToString());
            var name = "Shop." + fw + ".Tests";

            // Every rule on, whatever its default: a rule that is off by default still has its fix exercised.
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()
                    .Select(ruleId => KeyValuePair.Create(ruleId, ReportDiagnostic.Warn)));
            solution = solution
                .AddProject(ProjectInfo.Create(id, VersionStamp.Default, name, name, LanguageNames.CSharp, filePath: $"/{name}/{name}.csproj")
                    .WithCompilationOptions(options)
                    .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
                    .WithMetadataReferences(references))
                .AddDocument(DocumentId.CreateNewId(id), "Production.cs", SourceText.From(Production), filePath: $"/{name}/Production.cs")
                .AddDocument(DocumentId.CreateNewId(id), "OrderTests.cs", SourceText.From(Expand(OrderTests + Extra(fw), fw)), filePath: $"/{name}/OrderTests.cs")
                .AddDocument(DocumentId.CreateNewId(id), "InventoryTests.cs", SourceText.From(Expand(InventoryTests, fw)), filePath: $"/{name}/InventoryTests.cs");
        }

        return solution;
    }

    /// <summary>The findings of every analyzer in one project.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        return await AllAnalyzers.RunAsync(compilation, project.AnalyzerOptions, cancellationToken: cancellationToken);
    }

    public static async Task<ImmutableArray<Diagnostic>> CompileErrorsAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken))!;
        return [.. compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>The framework tokens, and <c>TESTS_RETURN</c>: TUnit's assertions are awaited, so its tests return a task.</summary>
    private static string Expand(string source, Fw fw) =>
        Verifiers.Frameworks.Expand(source.Replace("TESTS_RETURN", fw == Fw.TUnit ? "async Task" : "void", StringComparison.Ordinal), fw);

    private static string Extra(Fw fw) => fw == Fw.MSTest ? MSTestOnly : string.Empty;

    private const string Production = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        namespace Shop
        {
            public class Order
            {
                public decimal Total { get; private set; }

                public void Add(decimal price)
                {
                    if (price < 0) throw new ArgumentOutOfRangeException(nameof(price));
                    Total += price;
                }

                public string Label { get; private set; } = "";

                public void Relabel(string label) => Label = label;

                public Task SubmitAsync() => Task.CompletedTask;

                public Task<int> CountAsync() => Task.FromResult(1);

                public Task CancelAsync() => throw new InvalidOperationException("shipped");
            }

            public class OrderLine
            {
                public virtual string Sku { get; set; } = "";

                public virtual int Quantity { get; set; }
            }

            public interface IInventory { int InStock(string sku); }

            public interface IEmailSender { void Send(string to); }

            public class OrderService
            {
                private readonly ILogger<OrderService> _logger;
                private readonly IInventory _inventory;

                public OrderService(ILogger<OrderService> logger, IInventory inventory)
                {
                    _logger = logger;
                    _inventory = inventory;
                }

                public bool CanShip(string sku)
                {
                    _logger.LogInformation("checking {Sku}", sku);
                    return _inventory.InStock(sku) > 0;
                }
            }

            public sealed class OutOfStockException : Exception
            {
                public OutOfStockException(string sku) : base("out of stock: " + sku) => Sku = sku;

                public string Sku { get; }
            }

            public class Inventory
            {
                private readonly int _stock;

                public Inventory(int stock) => _stock = stock;

                public void Reserve(string sku, int quantity)
                {
                    if (quantity > _stock) throw new OutOfStockException(sku);
                }
            }
        }
        """;

    private const string OrderTests = """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shop;

        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Relabelling_an_order()
            {
                var order = new Order();
                order.Relabel("gift");
            }

            [TEST]
            public void Refunding()
            {
            }

            [TEST]
            public TESTS_RETURN Adding_sums_the_prices()
            {
                var order = new Order();
                order.Add(10m);
                order.Should().NotBeNull();
                ASSERT_EQUAL(10m, order.Total);
            }

            [TEST]
            public async void Submitting_keeps_the_total()
            {
                var order = new Order();
                await order.SubmitAsync();
                ASSERT_EQUAL(0m, order.Total);
            }

            [TEST]
            public TESTS_RETURN Counting()
            {
                var order = new Order();
                var count = order.CountAsync().Result;
                ASSERT_EQUAL(1, count);
            }

            [TEST]
            public TESTS_RETURN Random_prices_add_up()
            {
                var random = new Random();
                var order = new Order();
                order.Add(random.Next(1, 100));
                ASSERT_TRUE(order.Total > 0);
            }

            [TEST]
            public void Cancelling_a_shipped_order_fails()
            {
                var order = new Order();
                Func<Task> cancel = () => order.CancelAsync();
                cancel.Should().ThrowAsync<InvalidOperationException>();
            }
        }

        """;

    private const string MSTestOnly = """
        [TestClass]
        public class ReservationTests
        {
            [TestMethod]
            [ExpectedException(typeof(OutOfStockException))]
            public void Reserving_more_than_the_stock_fails()
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", 3);
            }

            // MSTEST0003 looks only at [TestMethod] itself, so RA4004 reports the async void data-driven test.
            [DataTestMethod]
            [DataRow(1)]
            [DataRow(2)]
            public async void Orders_within_the_stock_submit(int quantity)
            {
                var inventory = new Inventory(stock: 2);
                inventory.Reserve("SKU-1", quantity);
                var order = new Order();
                await order.SubmitAsync();
                Assert.AreEqual(0m, order.Total);
            }
        }

        """;

    private const string InventoryTests = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using Moq;
        using Shop;

        [CLASS]
        public class InventoryTests
        {
            [TEST]
            public TESTS_RETURN Reserving_too_much_fails()
            {
                var inventory = new Inventory(2);
                try
                {
                    inventory.Reserve("SKU-1", 3);
                    Assert.Fail("expected the reservation to fail");
                }
                catch (OutOfStockException ex)
                {
                    ASSERT_EQUAL("SKU-1", ex.Sku);
                }
            }

            [TEST]
            public TESTS_RETURN Shipping_needs_stock()
            {
                var inventory = new Mock<IInventory>();
                inventory.Setup(i => i.InStock("SKU-1")).Returns(3);
                var email = new Mock<IEmailSender>();
                var logger = new Mock<ILogger<OrderService>>();
                var service = new OrderService(logger.Object, inventory.Object);
                ASSERT_TRUE(service.CanShip("SKU-1"));
            }

            [TEST]
            public TESTS_RETURN Lines_add_their_quantity()
            {
                var line = new Mock<OrderLine>();
                var order = new Order();
                order.Add(line.Object.Quantity);
                ASSERT_EQUAL(0m, order.Total);
            }

            [TEST]
            public void Restocking()
            {
            }

            [TEST]
            public void Relabelling_again()
            {
                new Order().Relabel("urgent");
            }
        }
        """;
}
