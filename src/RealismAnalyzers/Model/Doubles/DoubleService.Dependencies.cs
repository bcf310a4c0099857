using System;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// What a doubled type is to the code under test beyond "a dependency": .NET plumbing, a source of configuration values,
    /// a factory or provider that hands out other objects. RA3001 asks these before it asks for a failing double.
    /// </summary>
    internal sealed partial class DoubleService
    {
        private static readonly string[] s_factorySuffixes = { "Factory", "Provider" };

        /// <summary>
        /// True for the .NET interfaces that are plumbing rather than a dependency a test could make fail: <c>IDisposable</c>,
        /// <c>IAsyncDisposable</c>, enumerators, comparers, <c>IComparable</c>/<c>IEquatable</c>, <c>ICloneable</c>, <c>IFormattable</c>,
        /// <c>IFormatProvider</c>, <c>IServiceProvider</c>. A type that merely implements one of them is not plumbing.
        /// </summary>
        public static bool IsPlumbingType(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Interface } named)
            {
                return false;
            }

            switch (KnownTypeCatalog.NamespaceOf(named))
            {
                case "System":
                    switch (named.MetadataName)
                    {
                        case "IDisposable":
                        case "IAsyncDisposable":
                        case "IComparable":
                        case "IComparable`1":
                        case "IEquatable`1":
                        case "ICloneable":
                        case "IFormattable":
                        case "IFormatProvider":
                        case "IServiceProvider":
                            return true;
                    }

                    return false;

                case "System.Collections":
                    return named.MetadataName == "IEnumerator" || named.MetadataName == "IComparer" || named.MetadataName == "IEqualityComparer";

                case "System.Collections.Generic":
                    switch (named.MetadataName)
                    {
                        case "IEnumerator`1":
                        case "IAsyncEnumerator`1":
                        case "IAsyncEnumerable`1":
                        case "IComparer`1":
                        case "IEqualityComparer`1":
                            return true;
                    }

                    return false;
            }

            return false;
        }

        /// <summary>
        /// True for the standard configuration sources: Microsoft.Extensions.Options' <c>IOptions&lt;T&gt;</c>, <c>IOptionsSnapshot&lt;T&gt;</c>,
        /// <c>IOptionsMonitor&lt;T&gt;</c>, and Microsoft.Extensions.Configuration's <c>IConfiguration</c>, <c>IConfigurationRoot</c>,
        /// <c>IConfigurationSection</c>: they hand the code values, and nothing makes them fail. A wider set than the ready-made fakes
        /// RA2005 suggests (<see cref="ReadyMadeFakeCatalog"/>): <c>IOptionsSnapshot&lt;T&gt;</c> and <c>IOptionsMonitor&lt;T&gt;</c> have none.
        /// </summary>
        public static bool IsConfigurationSourceType(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Interface } named)
            {
                return false;
            }

            switch (KnownTypeCatalog.NamespaceOf(named))
            {
                case "Microsoft.Extensions.Options":
                    return named.MetadataName == "IOptions`1" || named.MetadataName == "IOptionsSnapshot`1" || named.MetadataName == "IOptionsMonitor`1";
                case "Microsoft.Extensions.Configuration":
                    return named.MetadataName == "IConfiguration" || named.MetadataName == "IConfigurationRoot" || named.MetadataName == "IConfigurationSection";
            }

            return false;
        }

        /// <summary>
        /// True when configuring <paramref name="member"/> only hands the code a value to read: a property, or a lookup of configuration
        /// (<c>GetConfiguration(key)</c>, <c>GetSettings()</c>, <c>GetOptions&lt;T&gt;()</c>).
        /// </summary>
        public static bool IsValueRead(ISymbol member)
        {
            switch (member)
            {
                case IPropertySymbol:
                    return true;
                case IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false } method:
                    var name = method.Name;
                    return name.StartsWith("Get", StringComparison.Ordinal) &&
                        (name.IndexOf("Config", StringComparison.Ordinal) >= 0 || name.IndexOf("Setting", StringComparison.Ordinal) >= 0 ||
                         name.IndexOf("Option", StringComparison.Ordinal) >= 0);
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="member"/> hands out another object: a method of a factory or provider (the doubled type or the
        /// member's own type is named <c>…Factory</c> or <c>…Provider</c>: <c>IDbContextFactory&lt;T&gt;.CreateDbContext()</c>,
        /// <c>IHttpClientFactory.CreateClient()</c>, a queue provider's <c>GetJobQueue()</c>) returning, directly or as a task, a class or
        /// interface with behaviour. What fails in production is the object handed out (a real one, or a double counted on its own).
        /// </summary>
        public static bool IsHandOutMember(ISymbol member, ITypeSymbol doubledType)
        {
            if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsVoid: false } method ||
                !(IsFactoryName(doubledType.Name) || (method.ContainingType is { } declaring && IsFactoryName(declaring.Name))))
            {
                return false;
            }

            var returned = method.ReturnType;
            if (OperationQueries.IsTaskLike(returned, out var hasResult) && hasResult && returned is INamedTypeSymbol { TypeArguments.Length: 1 } task)
            {
                returned = task.TypeArguments[0];
            }

            return returned is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface, SpecialType: SpecialType.None } handedOut &&
                !FailureSetupService.IsDataType(handedOut);
        }

        private static bool IsFactoryName(string name)
        {
            foreach (var suffix in s_factorySuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
