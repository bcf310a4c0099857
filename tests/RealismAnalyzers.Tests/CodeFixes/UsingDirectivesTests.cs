using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RealismAnalyzers.CodeFixes;

namespace RealismAnalyzers.Tests.CodeFixes;

/// <summary>
/// The one using-inserter of the code fixes (<see cref="UsingDirectives.Add"/>): where the directive goes in each kind of file,
/// with which line ending and layout, and when none is added.
/// </summary>
public class UsingDirectivesTests
{
    [Fact]
    public void A_System_first_file_gets_the_directive_in_System_first_order()
    {
        const string source = """
            using System;
            using System.Linq;
            using Moq;
            using Xunit;

            class C { }
            """;

        Assert.Equal("""
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using Moq;
            using Xunit;

            class C { }
            """, Add(source, "System.Threading.Tasks"));
        Assert.Equal("""
            using System;
            using System.Linq;
            using FluentAssertions;
            using Moq;
            using Xunit;

            class C { }
            """, Add(source, "FluentAssertions"));
        Assert.Equal("""
            using System;
            using System.Linq;
            using Moq;
            using Xunit;
            using Zeta;

            class C { }
            """, Add(source, "Zeta"));
    }

    [Fact]
    public void A_file_that_fits_both_orders_gets_the_dotnet_default_System_first()
    {
        Assert.Equal("""
            using System.Threading.Tasks;
            using Bank;
            using Xunit;

            class C { }
            """, Add("""
            using Bank;
            using Xunit;

            class C { }
            """, "System.Threading.Tasks"));
        Assert.Equal("""
            using System;
            using Microsoft.Extensions.Logging;
            using Xunit;

            class C { }
            """, Add("""
            using System;
            using Xunit;

            class C { }
            """, "Microsoft.Extensions.Logging"));
    }

    [Fact]
    public void An_alphabetical_file_gets_the_directive_in_alphabetical_order()
    {
        const string source = """
            using FluentAssertions;
            using System;
            using Xunit;

            class C { }
            """;

        Assert.Equal("""
            using FluentAssertions;
            using System;
            using System.Threading.Tasks;
            using Xunit;

            class C { }
            """, Add(source, "System.Threading.Tasks"));
        Assert.Equal("""
            using AutoFixture;
            using FluentAssertions;
            using System;
            using Xunit;

            class C { }
            """, Add(source, "AutoFixture"));
    }

    [Fact]
    public void Ordering_compares_name_by_name_and_ignores_case_first()
    {
        Assert.Equal("""
            using NSubstitute;
            using NUnit.Framework;
            using NUnit.Framework.Legacy;
            using Xunit;

            """, Add("""
            using NSubstitute;
            using NUnit.Framework;
            using Xunit;

            """, "NUnit.Framework.Legacy"));
        Assert.Equal("""
            using Microsoft.Extensions;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Options;
            using Microsoft.ExtensionsX;

            """, Add("""
            using Microsoft.Extensions;
            using Microsoft.Extensions.Options;
            using Microsoft.ExtensionsX;

            """, "Microsoft.Extensions.Logging"));

        // As Visual Studio sorts: NodaTime before NSubstitute (an ordinal sort puts 'S' before 'o').
        Assert.Equal("""
            using NodaTime;
            using NSubstitute;
            using Xunit;

            """, Add("""
            using NodaTime;
            using Xunit;

            """, "NSubstitute"));
    }

    [Fact]
    public void An_unordered_file_gets_the_directive_after_its_last_using()
    {
        Assert.Equal("""
            using Xunit;
            using System;
            using Moq;
            using FluentAssertions;

            class C { }
            """, Add("""
            using Xunit;
            using System;
            using Moq;

            class C { }
            """, "FluentAssertions"));
    }

    [Fact]
    public void An_unordered_file_gets_the_directive_beside_its_closest_relatives()
    {
        // A framework using put first breaks the order: the new one still joins Microsoft.Extensions.Logging.
        Assert.Equal("""
            using Xunit;
            using FluentAssertions;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;
            using Moq;
            using Shop;

            class C { }
            """, Add("""
            using Xunit;
            using FluentAssertions;
            using Microsoft.Extensions.Logging;
            using Moq;
            using Shop;

            class C { }
            """, "Microsoft.Extensions.Logging.Abstractions"));

        // Among relatives in order, in their order.
        Assert.Equal("""
            using Xunit;
            using System;
            using System.Threading.Tasks;
            using System.Xml;
            using Moq;

            class C { }
            """, Add("""
            using Xunit;
            using System;
            using System.Xml;
            using Moq;

            class C { }
            """, "System.Threading.Tasks"));
    }

    [Fact]
    public void A_directive_that_closes_the_block_is_followed_by_a_blank_line()
    {
        Assert.Equal("""
            using Xunit;
            using System;
            using FluentAssertions;

            public class C { }
            """, Add("""
            using Xunit;
            using System;
            public class C { }
            """, "FluentAssertions"));

        // Inside the block the layout stays as it is.
        Assert.Equal("""
            using Moq;
            using Shop;
            using Xunit;
            public class C { }
            """, Add("""
            using Moq;
            using Xunit;
            public class C { }
            """, "Shop"));
    }

    [Fact]
    public void Aliases_and_static_usings_stay_where_they_are_and_do_not_count_for_the_order()
    {
        // Sorted once the alias and the static using are left out: the new one goes in that order.
        Assert.Equal("""
            using System;
            using Zeta = Alpha.Zeta;
            using System.Threading.Tasks;
            using Xunit;
            using static Alpha.Helpers;

            class C { }
            """, Add("""
            using System;
            using Zeta = Alpha.Zeta;
            using Xunit;
            using static Alpha.Helpers;

            class C { }
            """, "System.Threading.Tasks"));

        // Appended after the last plain using, before the aliases that follow it.
        Assert.Equal("""
            using Xunit;
            using System;
            using Moq;
            using Zeta = Alpha.Zeta;
            using static Alpha.Helpers;

            class C { }
            """, Add("""
            using Xunit;
            using System;
            using Zeta = Alpha.Zeta;
            using static Alpha.Helpers;

            class C { }
            """, "Moq"));
    }

    [Fact]
    public void An_alias_or_a_static_using_of_the_namespace_does_not_import_it()
    {
        // Plain usings come first, then static ones and aliases.
        Assert.Equal("""
            using System.Threading.Tasks;
            using Tasks = System.Threading.Tasks;
            using static System.Threading.Tasks.Task;

            class C { }
            """, Add("""
            using Tasks = System.Threading.Tasks;
            using static System.Threading.Tasks.Task;

            class C { }
            """, "System.Threading.Tasks"));
    }

    [Fact]
    public void A_namespace_the_file_imports_gets_no_second_directive()
    {
        const string topLevel = """
            using System.Threading.Tasks;

            class C { }
            """;
        const string inNamespace = """
            namespace N
            {
                using System.Threading.Tasks;

                class C { }
            }
            """;
        const string globalInFile = """
            global using global::System.Threading.Tasks;

            class C { }
            """;

        Assert.Equal(topLevel, Add(topLevel, "System.Threading.Tasks"));
        Assert.Equal(inNamespace, Add(inNamespace, "System.Threading.Tasks"));
        Assert.Equal(globalInFile, Add(globalInFile, "System.Threading.Tasks"));
    }

    [Fact]
    public void A_using_inside_another_namespace_does_not_import_for_the_file()
    {
        Assert.Equal("""
            using System.Collections.Generic;
            using Xunit;

            class C { }

            namespace Shop
            {
                using System.Collections.Generic;
            }
            """, Add("""
            using Xunit;

            class C { }

            namespace Shop
            {
                using System.Collections.Generic;
            }
            """, "System.Collections.Generic"));
    }

    [Fact]
    public void A_namespace_a_global_using_of_another_file_imports_gets_no_directive()
    {
        const string source = """
            using Xunit;

            class C
            {
                void M() { }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, path: "C.cs");
        var globals = CSharpSyntaxTree.ParseText("global using System.Threading.Tasks;\n", path: "GlobalUsings.g.cs");
        var compilation = CSharpCompilation.Create(
            "Test",
            [globals, tree],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var semanticModel = compilation.GetSemanticModel(tree);
        var position = source.IndexOf("void M", StringComparison.Ordinal);
        var root = (CompilationUnitSyntax)tree.GetRoot();

        Assert.Same(root, UsingDirectives.Add(root, "System.Threading.Tasks", semanticModel, position, CancellationToken.None));

        // The same file without the global using gets the directive: the check above is the global using's doing.
        var alone = CSharpCompilation.Create("Test", [tree], compilation.References, compilation.Options);
        Assert.Equal("""
            using System.Threading.Tasks;
            using Xunit;

            class C
            {
                void M() { }
            }
            """, UsingDirectives.Add(root, "System.Threading.Tasks", alone.GetSemanticModel(tree), position, CancellationToken.None).ToFullString());
    }

    [Fact]
    public void A_file_header_stays_in_front_of_the_first_using()
    {
        Assert.Equal("""
            // Copyright (c) Contoso. All rights reserved.
            // Licensed under the MIT license.

            using System.Threading.Tasks;
            using Xunit;

            class C { }
            """, Add("""
            // Copyright (c) Contoso. All rights reserved.
            // Licensed under the MIT license.

            using Xunit;

            class C { }
            """, "System.Threading.Tasks"));
    }

    [Fact]
    public void A_CRLF_file_gets_a_CRLF_directive()
    {
        var source = Lf("""
            using System;
            using Xunit;

            class C { }
            """).Replace("\n", "\r\n", StringComparison.Ordinal);

        var result = Add(source, "System.Threading.Tasks");

        Assert.Equal("using System;\r\nusing System.Threading.Tasks;\r\nusing Xunit;\r\n\r\nclass C { }", result);
    }

    [Fact]
    public void An_LF_file_gets_an_LF_directive()
    {
        var result = Add("using System;\nusing Xunit;\n\nclass C { }", "System.Threading.Tasks");

        Assert.Equal("using System;\nusing System.Threading.Tasks;\nusing Xunit;\n\nclass C { }", result);
    }

    [Fact]
    public void A_file_without_usings_gets_the_directive_at_the_top_and_a_blank_line()
    {
        Assert.Equal("""
            using System.Threading.Tasks;

            namespace N;

            class C { }
            """, Add("""
            namespace N;

            class C { }
            """, "System.Threading.Tasks"));

        // The header stays first; a documentation comment stays with its type.
        Assert.Equal("""
            // Copyright (c) Contoso.

            using System.Threading.Tasks;

            /// <summary>A test class.</summary>
            class C { }
            """, Add("""
            // Copyright (c) Contoso.

            /// <summary>A test class.</summary>
            class C { }
            """, "System.Threading.Tasks"));
    }

    [Fact]
    public void Usings_inside_a_namespace_get_the_directive_there_with_their_indentation()
    {
        Assert.Equal("""
            namespace N
            {
                using System;
                using System.Threading.Tasks;
                using Xunit;

                class C { }
            }
            """, Add("""
            namespace N
            {
                using System;
                using Xunit;

                class C { }
            }
            """, "System.Threading.Tasks"));

        Assert.Equal("""
            namespace N
            {
                using System.Threading.Tasks;
                using Xunit;

                class C { }
            }
            """, Add("""
            namespace N
            {
                using Xunit;

                class C { }
            }
            """, "System.Threading.Tasks"));

        // A nested namespace that keeps the usings.
        Assert.Equal("""
            namespace Outer
            {
                namespace Inner
                {
                    using Moq;
                    using Xunit;

                    class C { }
                }
            }
            """, Add("""
            namespace Outer
            {
                namespace Inner
                {
                    using Xunit;

                    class C { }
                }
            }
            """, "Moq"));
    }

    [Fact]
    public void Global_usings_of_the_file_stay_first()
    {
        Assert.Equal("""
            global using Xunit;
            using System.Threading.Tasks;

            class C { }
            """, Add("""
            global using Xunit;

            class C { }
            """, "System.Threading.Tasks"));
    }

    [Fact]
    public void Blank_lines_between_groups_stay_between_groups()
    {
        const string source = """
            using System;
            using System.Linq;

            using Moq;

            using Xunit;

            class C { }
            """;

        Assert.Equal("""
            using System;
            using System.Linq;
            using System.Threading.Tasks;

            using Moq;

            using Xunit;

            class C { }
            """, Add(source, "System.Threading.Tasks"));
        Assert.Equal("""
            using System;
            using System.Linq;

            using FluentAssertions;

            using Moq;

            using Xunit;

            class C { }
            """, Add(source, "FluentAssertions"));
        Assert.Equal("""
            using System;
            using System.Linq;

            using Moq;

            using Xunit;
            using Xunit.Abstractions;

            class C { }
            """, Add(source, "Xunit.Abstractions"));
        Assert.Equal("""
            using System;
            using System.Linq;

            using Moq;
            using Moq.Protected;

            using Xunit;

            class C { }
            """, Add(source, "Moq.Protected"));
    }

    private static string Add(string source, string namespaceName)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source).GetRoot();
        return UsingDirectives.Add(root, namespaceName, semanticModel: null, position: 0, CancellationToken.None).ToFullString();
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
