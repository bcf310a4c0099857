using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Documentation;

/// <summary>Properties every analyzer must have, checked over all of them at once.</summary>
public class AllAnalyzersTests
{
    [Fact]
    public void Every_analyzer_is_named_after_its_single_rule_and_sits_in_its_family_folder()
    {
        var analyzers = AllAnalyzers.Create();
        Assert.NotEmpty(analyzers);
        foreach (var analyzer in analyzers)
        {
            var type = analyzer.GetType();
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToList();
            Assert.True(ids.Count == 1, $"{type.Name} reports {string.Join(", ", ids)}");
            Assert.StartsWith(ids[0], type.Name, StringComparison.Ordinal);
            Assert.StartsWith("RealismAnalyzers.Rules.", type.Namespace, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("namespace Empty;")]
    [InlineData("public class Order { public decimal Total { get; set; } }")]
    public async Task No_analyzer_reports_or_throws_on_code_without_tests(string source)
    {
        var references = await Frameworks.ResolveAsync(Fw.XUnitV2);
        var compilation = CSharpCompilation.Create("Empty", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await AllAnalyzers.RunAsync(compilation);

        Assert.Empty(diagnostics);
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task No_analyzer_reports_on_a_clean_realistic_test_class(Fw fw)
    {
        var references = await Frameworks.ResolveAsync(fw);
        var source = Frameworks.Expand("""
            using System;
            using System.Threading.Tasks;
            using FluentAssertions;

            namespace Clinic.Tests
            {
                [CLASS]
                public class AppointmentBookTests
                {
                    private Clinic.AppointmentBook _book = new Clinic.AppointmentBook(capacity: 2);

                    [TEST]
                    public async Task Booking_a_free_slot_confirms_it()
                    {
                        var booked = _book.Book("patient-1", new DateTime(2026, 3, 2, 9, 0, 0));

                        booked.Should().BeTrue();
                        _book.Count.Should().Be(1);
                        await Task.CompletedTask;
                    }

                    [TEST]
                    public void A_full_book_rejects_new_appointments()
                    {
                        _book.Book("patient-1", new DateTime(2026, 3, 2, 9, 0, 0));
                        _book.Book("patient-2", new DateTime(2026, 3, 2, 10, 0, 0));

                        var booked = _book.Book("patient-3", new DateTime(2026, 3, 2, 11, 0, 0));

                        booked.Should().BeFalse();
                    }

                    [TEST]
                    public void Booking_without_a_patient_is_rejected()
                    {
                        var act = () => _book.Book("", new DateTime(2026, 3, 2, 9, 0, 0));

                        act.Should().Throw<ArgumentException>().WithParameterName("patientId");
                    }
                }
            }

            namespace Clinic
            {
                public sealed class AppointmentBook
                {
                    private readonly int _capacity;
                    public AppointmentBook(int capacity) => _capacity = capacity;
                    public int Count { get; private set; }
                    public bool Book(string patientId, DateTime at)
                    {
                        if (string.IsNullOrEmpty(patientId)) throw new ArgumentException("A patient is required.", nameof(patientId));
                        if (Count >= _capacity) return false;
                        Count++;
                        return true;
                    }
                }
            }
            """, fw);
        var compilation = CSharpCompilation.Create("Clinic.Tests", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await AllAnalyzers.RunAsync(compilation);

        Assert.Empty(diagnostics);
    }
}
