using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class ClockAndTaskService
    {
        /// <summary>
        /// Parts of an assertion's member names that make it a tolerance or ordering check: it compares two readings of the clock
        /// only up to a margin (<c>BeCloseTo</c>, NUnit <c>.Within(…)</c>, <c>IsGreaterThan</c>, <c>BeAfter</c>, <c>InRange</c>), so
        /// it depends on how long the test took, not on when it ran.
        /// </summary>
        private static readonly string[] s_toleranceNameParts =
        {
            "CloseTo", "Within", "Approximately", "Greater", "Less", "AtLeast", "AtMost", "After", "Before", "Between", "Range",
        };

        /// <summary>Parameter names of an assertion overload that takes a margin (xUnit <c>precision</c>, Shouldly <c>tolerance</c>, <c>delta</c>).</summary>
        private static readonly string[] s_toleranceParameters = { "precision", "tolerance", "delta", "within", "maxDifference" };

        /// <summary>
        /// True when <paramref name="assertion"/> (the call, the chain completing it, or a constraint passed to it) compares within a
        /// margin or by order: a tolerance comparison against now depends on elapsed time, not on the date or time of day.
        /// </summary>
        public bool IsToleranceAssertion(IInvocationOperation assertion)
        {
            var depth = 0;
            for (IOperation? current = assertion; current is not null && depth < 32; current = OperationQueries.ChainParent(current), depth++)
            {
                if (current is IInvocationOperation call && IsToleranceCall(call.TargetMethod))
                {
                    return true;
                }
            }

            foreach (var argument in assertion.Arguments)
            {
                foreach (var node in argument.Value.DescendantsAndSelf())
                {
                    if (node is IInvocationOperation inner && IsToleranceCall(inner.TargetMethod))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsToleranceCall(IMethodSymbol method)
        {
            foreach (var part in s_toleranceNameParts)
            {
                if (method.Name.IndexOf(part, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            foreach (var parameter in method.Parameters)
            {
                foreach (var name in s_toleranceParameters)
                {
                    if (parameter.Name == name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="member"/> belongs to a clock seam: a <c>System.TimeProvider</c> (e.g. <c>FakeTimeProvider</c>) or a
        /// type whose name, or an interface's, says it is a clock (<c>FakeClock</c>, <c>SystemClock</c>, NodaTime's <c>IClock</c>). A
        /// reading handed to it is what the code under test reads as "now".
        /// </summary>
        public static bool IsClockSeam(ISymbol member) => member.ContainingType is { } type && IsClockType(type);

        private static bool IsClockType(INamedTypeSymbol type)
        {
            var depth = 0;
            for (var current = type; current is not null && depth < 16; current = current.BaseType, depth++)
            {
                if (current.Name.IndexOf("Clock", StringComparison.Ordinal) >= 0 || OperationQueries.IsSystemType(current, "TimeProvider", "System"))
                {
                    return true;
                }
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface.Name.IndexOf("Clock", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True for a part of a date or time that repeats (<c>Hour</c>, <c>DayOfWeek</c>, <c>Month</c>, <c>TimeOfDay</c>, daylight saving):
        /// a check or branch on it depends on when the test runs, even within a margin.
        /// </summary>
        public static bool IsPeriodicClockComponent(ISymbol member)
        {
            if (member.ContainingType is not { } type ||
                !(type.SpecialType == SpecialType.System_DateTime || OperationQueries.IsSystemType(type, "DateTimeOffset", "System")))
            {
                return false;
            }

            switch (member.Name)
            {
                case "Month":
                case "Day":
                case "DayOfWeek":
                case "DayOfYear":
                case "Hour":
                case "Minute":
                case "Second":
                case "Millisecond":
                case "TimeOfDay":
                case "IsDaylightSavingTime":
                    return true;
            }

            return false;
        }

        /// <summary>True for the year of a date: a value reduced to it changes only when a year ends.</summary>
        public static bool IsYearComponent(ISymbol member) =>
            member.Name == "Year" && member.ContainingType is { } type &&
            (type.SpecialType == SpecialType.System_DateTime || OperationQueries.IsSystemType(type, "DateTimeOffset", "System"));
    }
}
