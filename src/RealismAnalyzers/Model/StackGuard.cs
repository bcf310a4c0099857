using System;
using System.Runtime.CompilerServices;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The last line of defence of every recursive walk (symbols, operations, setups, helpers, syntax): a stack overflow kills the
    /// compiler or the IDE host, and no try/catch or AD0001 contains it. Each recursive method also has a cycle guard and a depth
    /// bound of its own; this check covers what those cannot know — how much stack the host thread has left (a 256 KB thread, a
    /// deeply nested expression the compiler already recursed into). When it says no, the walk gives up quietly and answers as if
    /// it had found nothing. <c>RecursionGuardTests</c> checks that every method that can reach itself asks.
    /// </summary>
    internal static class StackGuard
    {
        /// <summary>True while the current thread has stack to spare for another level of recursion.</summary>
        public static bool IsSufficient()
        {
            try
            {
                // netstandard2.0 has no TryEnsureSufficientExecutionStack; running short is rare, so the exception costs nothing in practice.
                RuntimeHelpers.EnsureSufficientExecutionStack();
                return true;
            }
            catch (InsufficientExecutionStackException)
            {
                return false;
            }
        }
    }
}
