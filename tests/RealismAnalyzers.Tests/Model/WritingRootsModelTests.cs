using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>
/// Which members can assign a field (Model/Doubles/DoubleService.WritingRoots.cs), whether a field holds a double's object (memoised per field),
/// and the class-wide reference index: the shortcuts that keep RA2004 and RA2007 from walking a whole class per test.
/// </summary>
public class WritingRootsModelTests
{
    private const string Source = """
        using Moq;
        using NSubstitute;

        public interface IInventory { int InStock(string sku); }

        public sealed class Shelf
        {
            private readonly IInventory _inventory;
            public Shelf(IInventory inventory) => _inventory = inventory;
            public int Count(string sku) => _inventory.InStock(sku);
        }

        [CLASS]
        public class ShelfTests
        {
            private readonly Mock<IInventory> _readonlyMock = new Mock<IInventory>();
            private readonly IInventory _assignedInConstructor;
            private readonly IInventory _assignedInInit;
            private IInventory _assignedInSetup;
            private IInventory _reassignedInATest = Substitute.For<IInventory>();
            private readonly Shelf _shelf;

            public ShelfTests()
            {
                _assignedInConstructor = Substitute.For<IInventory>();
                _shelf = new Shelf(_readonlyMock.Object);
            }

            public IInventory InitOnly { init => _assignedInInit = value; }

            [SETUP]
            public void Prepare() => _assignedInSetup = Substitute.For<IInventory>();

            [TEST]
            public async System.Threading.Tasks.Task Counts()
            {
                _reassignedInATest = new FixedInventory();
                ASSERT_EQUAL(0, _shelf.Count("a"));
                ASSERT_EQUAL(0, _assignedInConstructor.InStock("a"));
                ASSERT_EQUAL(0, _assignedInSetup.InStock("a"));
                ASSERT_EQUAL(0, _reassignedInATest.InStock("a"));
                ASSERT_EQUAL(0, _readonlyMock.Object.InStock("a"));
            }

            private sealed class FixedInventory : IInventory { public int InStock(string sku) => 0; }
        }
        """;

    private static string[] RootOwners(ModelHarness harness, string field)
    {
        var type = harness.Type("ShelfTests");
        var member = type.GetMembers(field).Single();
        return harness.Model.Doubles.GetWritingRoots(member, type, default)
            .Select(root => root.Syntax.AncestorsAndSelf().First(n => n is MemberDeclarationSyntax or AccessorDeclarationSyntax or VariableDeclaratorSyntax) switch
            {
                ConstructorDeclarationSyntax => ".ctor",
                AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } => property.Identifier.Text,
                MethodDeclarationSyntax method => method.Identifier.Text,
                VariableDeclaratorSyntax variable => variable.Identifier.Text,
                var other => other.Kind().ToString(),
            })
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task A_readonly_field_is_written_only_by_its_initializer_constructors_and_init_accessors(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, Source);

        Assert.Equal(new[] { ".ctor", "InitOnly" }, RootOwners(harness, "_assignedInConstructor"));
        Assert.Equal(new[] { ".ctor", "InitOnly" }, RootOwners(harness, "_assignedInInit"));
        Assert.Equal(new[] { ".ctor", "InitOnly", "_readonlyMock" }, RootOwners(harness, "_readonlyMock"));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task A_mutable_field_is_written_by_every_member_that_assigns_its_name(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, Source);

        Assert.Equal(new[] { "Prepare" }, RootOwners(harness, "_assignedInSetup"));
        Assert.Equal(new[] { "Counts", "_reassignedInATest" }, RootOwners(harness, "_reassignedInATest"));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task A_field_holds_a_double_only_when_every_write_stores_one_and_the_memo_keeps_the_answer(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, Source);
        var test = harness.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Counts");
        var body = harness.SemanticModel.GetOperation(test)!;
        bool HoldsDouble(string field)
        {
            var reads = body.Descendants().OfType<IFieldReferenceOperation>()
                .Where(reference => reference.Field.Name == field && reference.Parent is not ISimpleAssignmentOperation { Target: IFieldReferenceOperation })
                .ToList();
            Assert.NotEmpty(reads);
            return reads.All(reference => harness.Model.Doubles.IsDoubleObject(reference, default));
        }

        for (var ask = 0; ask < 2; ask++)
        {
            Assert.True(HoldsDouble("_assignedInConstructor"));
            Assert.True(HoldsDouble("_assignedInSetup"));
            Assert.False(HoldsDouble("_reassignedInATest"));
            Assert.False(HoldsDouble("_shelf"));
        }
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task The_reference_index_finds_each_field_reference_of_the_class_in_one_walk(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, Source);
        var type = harness.Type("ShelfTests");
        var index = ReferenceIndex.Build(harness.Model.Tests.GetTypeOperationRoots(type, default), membersOnly: true, default);

        Assert.Equal(2, index.Of(type.GetMembers("_reassignedInATest").Single()).Count);
        Assert.Equal(2, index.Of(type.GetMembers("_readonlyMock").Single()).Count);
        Assert.Equal(2, index.Of(type.GetMembers("_shelf").Single()).Count);

        // Members only: the init accessor's value parameter is read, but a class-wide index has no use for parameters.
        var value = ((IPropertySymbol)type.GetMembers("InitOnly").Single()).SetMethod!.Parameters[0];
        Assert.Empty(index.Of(value));
        Assert.Single(ReferenceIndex.Build(harness.Model.Tests.GetTypeOperationRoots(type, default), membersOnly: false, default).Of(value));
    }
}
