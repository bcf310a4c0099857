using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// What one assertion compares: the checked ("actual") value, the expected value, and the shape of the check.
    /// The same for every library: <c>Assert.Equal(e, a)</c>, <c>Assert.That(a, Is.EqualTo(e))</c>, <c>a.Should().Be(e)</c>,
    /// <c>a.ShouldBe(e)</c> and <c>await Assert.That(a).IsEqualTo(e)</c> all give <c>Actual = a</c>, <c>Expected = e</c>.
    /// </summary>
    internal readonly struct AssertionOperands
    {
        public AssertionOperands(
            IOperation? actual,
            IOperation? expected,
            AssertionKind kind,
            string checkName,
            bool isNegated,
            ITypeSymbol? expectedType)
        {
            Actual = actual;
            Expected = expected;
            Kind = kind;
            CheckName = checkName;
            IsNegated = isNegated;
            ExpectedType = expectedType;
        }

        /// <summary>The value the assertion checks, as passed (conversions included), or null when the Model cannot tell.</summary>
        public IOperation? Actual { get; }

        /// <summary>The value it is compared with, or null when the check has none (null, boolean, type checks).</summary>
        public IOperation? Expected { get; }

        public AssertionKind Kind { get; }

        /// <summary>The member that decides the check: the assertion's own name, or the NUnit constraint's (<c>EqualTo</c>, <c>Null</c>).</summary>
        public string CheckName { get; }

        /// <summary>The check is negated: <c>NotNull</c>, <c>AreNotEqual</c>, <c>Is.Not.EqualTo</c>, <c>NotBe</c>.</summary>
        public bool IsNegated { get; }

        /// <summary>For type checks, the type the value must have (<c>IsType&lt;T&gt;</c>, <c>typeof(T)</c> argument, <c>Is.InstanceOf&lt;T&gt;()</c>).</summary>
        public ITypeSymbol? ExpectedType { get; }

        /// <summary>For boolean checks, the value the assertion demands (<c>True</c> → true, <c>False</c> → false); null otherwise.</summary>
        public bool? ExpectedBoolean
        {
            get
            {
                if (Kind != AssertionKind.Boolean)
                {
                    return null;
                }

                bool value;
                if (CheckName.EndsWith("False", System.StringComparison.Ordinal))
                {
                    value = false;
                }
                else if (CheckName.EndsWith("True", System.StringComparison.Ordinal) || CheckName == "That")
                {
                    value = true;
                }
                else
                {
                    return null;
                }

                return IsNegated ? !value : value;
            }
        }

        /// <summary>For type checks: the value must be exactly <see cref="ExpectedType"/> (<c>IsType</c>, <c>BeOfType</c>), not merely assignable.</summary>
        public bool IsExactTypeCheck =>
            Kind == AssertionKind.Type &&
            CheckName.IndexOf("Assignable", System.StringComparison.Ordinal) < 0 &&
            CheckName.IndexOf("InstanceOf", System.StringComparison.Ordinal) < 0 &&
            CheckName.IndexOf("DerivedFrom", System.StringComparison.Ordinal) < 0;

        /// <summary>For null checks: the check is about the default value (<c>IsNotDefault</c>, <c>Is.Not.Default</c>) rather than null.</summary>
        public bool IsDefaultCheck => Kind == AssertionKind.Null && CheckName.IndexOf("Default", System.StringComparison.Ordinal) >= 0;

        /// <summary>
        /// True when an exception assertion's name says the code must not throw: <c>NotThrow</c>, <c>DoesNotThrow</c>,
        /// <c>ThrowsNothing</c>, <c>ShouldNotThrowAsync</c>. The one reading of "does not throw" for every question about throwing.
        /// </summary>
        internal static bool ExpectsNoThrow(string name) =>
            IsNegatedName(name) || name.IndexOf("Nothing", System.StringComparison.Ordinal) >= 0;

        /// <summary>True when a name is negated at a word boundary: <c>NotNull</c>, <c>IsNotEqualTo</c>, <c>ShouldNotBe</c>, not <c>ThrowsNothing</c>.</summary>
        internal static bool IsNegatedName(string name)
        {
            var index = 0;
            while (true)
            {
                index = name.IndexOf("Not", index, System.StringComparison.Ordinal);
                if (index < 0)
                {
                    return false;
                }

                var end = index + 3;
                var startsWord = index == 0 || char.IsLower(name[index - 1]);
                var endsWord = end == name.Length || char.IsUpper(name[end]) || name[end] == '_';
                if (startsWord && endsWord)
                {
                    return true;
                }

                index = end;
            }
        }
    }
}
