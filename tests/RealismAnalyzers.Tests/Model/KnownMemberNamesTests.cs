using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>
/// Every library member name the Model matches (the constants of <see cref="KnownMembers"/>) is a member declared by one of the
/// types its class names (<see cref="DeclaredByAttribute"/>) in the real assemblies of at least one supported version: the
/// reference sets of <see cref="Frameworks"/>, which carry every framework and library. The constants are read by reflection,
/// so a new one is checked without being listed here; a misspelled one, or one its library renamed, fails.
/// </summary>
public class KnownMemberNamesTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly ConcurrentDictionary<Fw, Lazy<Task<Compilation>>> s_compilations = new();

    private static IEnumerable<Type> Groups => typeof(KnownMembers).GetNestedTypes(Declared);

    private static IEnumerable<FieldInfo> ConstantsOf(Type type) =>
        type.GetFields(Declared).Where(field => field.IsLiteral && field.FieldType == typeof(string));

    public static TheoryData<string, string> Constants
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var group in Groups)
            {
                foreach (var constant in ConstantsOf(group))
                {
                    data.Add(group.Name, constant.Name);
                }
            }

            return data;
        }
    }

    [Theory, MemberData(nameof(Constants))]
    public async Task The_member_name_is_declared_by_a_named_type_in_a_supported_version(string group, string constant)
    {
        var type = typeof(KnownMembers).GetNestedType(group, Declared)!;
        var name = (string)type.GetField(constant, Declared)!.GetRawConstantValue()!;
        var declaringTypes = DeclaringTypesOf(type);

        var declared = false;
        foreach (var fw in Frameworks.AllFrameworks)
        {
            var compilation = await CompileAsync(fw);
            declared = declaringTypes
                .SelectMany(metadataName => compilation.GetTypesByMetadataName(metadataName))
                .Any(declaring => declaring.GetMembers(name).Any(member => member is IMethodSymbol or IPropertySymbol));
            if (declared)
            {
                break;
            }
        }

        Assert.True(declared, $"KnownMembers.{group}.{constant} (\"{name}\") is a method or property of none of {string.Join(", ", declaringTypes)}");
    }

    [Fact]
    public async Task Every_class_of_names_says_which_types_declare_them_and_each_type_exists()
    {
        var missing = new List<string>();
        foreach (var group in Groups)
        {
            foreach (var metadataName in DeclaringTypesOf(group))
            {
                var exists = false;
                foreach (var fw in Frameworks.AllFrameworks)
                {
                    exists |= !(await CompileAsync(fw)).GetTypesByMetadataName(metadataName).IsEmpty;
                }

                if (!exists)
                {
                    missing.Add($"{group.Name}: {metadataName}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_name_is_a_constant_of_a_class_of_names()
    {
        Assert.Empty(ConstantsOf(typeof(KnownMembers)));
        Assert.All(Groups, group => Assert.NotEmpty(ConstantsOf(group)));
        Assert.All(Groups, group => Assert.Empty(group.GetNestedTypes(Declared)));
    }

    private static string[] DeclaringTypesOf(Type group)
    {
        var names = group.GetCustomAttribute<DeclaredByAttribute>()?.MetadataNames ?? [];
        Assert.True(names.Length > 0, $"KnownMembers.{group.Name} names no declaring type ([DeclaredBy])");
        return names;
    }

    private static Task<Compilation> CompileAsync(Fw fw) =>
        s_compilations.GetOrAdd(fw, key => new Lazy<Task<Compilation>>(async () =>
        {
            var references = await Frameworks.ResolveAsync(key);
            return CSharpCompilation.Create("MemberNames", [CSharpSyntaxTree.ParseText("class C { }")], references);
        })).Value;
}
