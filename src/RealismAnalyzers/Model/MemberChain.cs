using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// One link of a member-access chain such as NUnit's <c>Is.Not.EqualTo(5)</c> or FluentAssertions'
    /// <c>x.Should().NotBeNull().And.Be(5)</c>: the member used, the call when it is one, and what it was used on.
    /// </summary>
    internal readonly struct MemberChainLink
    {
        private MemberChainLink(ISymbol member, IInvocationOperation? call, IOperation? next)
        {
            Member = member;
            Call = call;
            Next = next;
        }

        public ISymbol Member { get; }

        /// <summary>The invocation when the link is a method call.</summary>
        public IInvocationOperation? Call { get; }

        /// <summary>The receiver the member was used on (null for a static member: the chain ends here).</summary>
        public IOperation? Next { get; }

        /// <summary>Reads the link at <paramref name="operation"/>: a call, a property or a field reference.</summary>
        public static bool TryRead(IOperation operation, out MemberChainLink link)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    link = new MemberChainLink(invocation.TargetMethod, invocation, invocation.Instance);
                    return true;
                case IPropertyReferenceOperation property:
                    link = new MemberChainLink(property.Property, null, property.Instance);
                    return true;
                case IFieldReferenceOperation field:
                    link = new MemberChainLink(field.Field, null, field.Instance);
                    return true;
                default:
                    link = default;
                    return false;
            }
        }
    }
}
