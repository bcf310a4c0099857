using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1005AssertionNeverCompleted>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1005AssertionNeverCompletedTests
{
    private const string Production = """

        namespace Clinic
        {
            public interface INotifier { void Send(string patient, string message); bool IsOnline(); }
            public sealed class Appointment { public string Patient { get; set; } = ""; public bool Confirmed { get; private set; } public void Confirm() => Confirmed = true; }
            public sealed class Scheduler
            {
                private readonly INotifier _notifier;
                public Scheduler(INotifier notifier) => _notifier = notifier;
                public Appointment Book(string patient) { _notifier.Send(patient, "booked"); return new Appointment { Patient = patient }; }
                public void Cancel(Appointment appointment) => throw new System.InvalidOperationException();
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_lone_Should(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Booking_confirms()
            {
                var appointment = new Scheduler(null).Book("Ada");
                {|RA1005:appointment.Confirmed.Should()|};
                var pending = {|RA1005:appointment.Patient.Should()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_lone_AwesomeAssertions_Should(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AwesomeAssertions;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Booking_confirms()
            {
                var appointment = new Scheduler(null).Book("Ada");
                {|RA1005:appointment.Should()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_NSubstitute_Received_without_a_member_call(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Booking_notifies_the_patient()
            {
                var notifier = Substitute.For<INotifier>();
                new Scheduler(notifier).Book("Ada");
                {|RA1005:notifier.Received()|};
                {|RA1005:notifier.Received(1)|};
                {|RA1005:notifier.DidNotReceive()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_FakeItEasy_CallTo_without_an_assertion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Booking_notifies_the_patient()
            {
                var notifier = A.Fake<INotifier>();
                new Scheduler(notifier).Book("Ada");
                {|RA1005:A.CallTo(() => notifier.Send("Ada", "booked"))|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_Moq_Verify_with_nothing_to_verify(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Booking_notifies_the_patient()
            {
                var notifier = new Mock<INotifier>();
                new Scheduler(notifier.Object).Book("Ada");
                {|RA1005:notifier.VerifyAll()|};
                {|RA1005:notifier.Verify()|};
            }

            [TEST]
            public void Setups_without_Verifiable()
            {
                var notifier = new Mock<INotifier>();
                notifier.Setup(n => n.IsOnline()).Returns(true);
                new Scheduler(notifier.Object).Book("Ada");
                {|RA1005:notifier.Verify()|};
                notifier.VerifyAll();
            }
        }
        """ + Production);

    [Fact]
    public Task Fires_on_a_discarded_or_unasserted_Record_Exception() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
        using System.Threading.Tasks;
        using Clinic;
        public class SchedulerTests
        {
            [Fact]
            public async Task Cancelling_fails()
            {
                var scheduler = new Scheduler(null);
                var appointment = new Appointment();
                {|RA1005:Record.Exception(() => scheduler.Cancel(appointment))|};
                var ignored = {|RA1005:Record.Exception(() => scheduler.Cancel(appointment))|};
                var logged = {|RA1005:Record.Exception(() => scheduler.Cancel(appointment))|};
                System.Console.WriteLine(logged?.Message);
                await {|RA1005:Record.ExceptionAsync(() => Task.Run(() => scheduler.Cancel(appointment)))|};
                Assert.True(true);
            }
        }
        """ + Production);

    [Fact]
    public Task Fires_on_a_lone_TUnit_Assert_That() => Verifier.VerifyAnalyzerAsync(Fw.TUnit, """
        using System.Threading.Tasks;
        using Clinic;
        public class SchedulerTests
        {
            [Test]
            public async Task Booking_confirms()
            {
                var appointment = new Scheduler(null).Book("Ada");
                {|RA1005:Assert.That(appointment.Confirmed)|};
                await Assert.That(appointment.Patient).IsEqualTo("Ada");
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_completed_chains_locals_and_helpers(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using FakeItEasy;
        using NSubstitute;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Completed()
            {
                var appointment = new Scheduler(null).Book("Ada");
                appointment.Confirmed.Should().BeFalse();
                var patient = appointment.Patient.Should();
                patient.Be("Ada");
                IsAda(appointment.Patient.Should());

                var notifier = Substitute.For<INotifier>();
                notifier.Received().Send("Ada", "booked");
                var received = notifier.Received();
                received.Send("Ada", "booked");

                var fake = A.Fake<INotifier>();
                A.CallTo(() => fake.IsOnline()).Returns(true);
                var call = A.CallTo(() => fake.Send("Ada", "booked"));
                call.MustHaveHappened();
            }

            private static void IsAda(FluentAssertions.Primitives.StringAssertions assertions) => assertions.Be("Ada");
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_Moq_verifications_that_check_something(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            private readonly Mock<INotifier> _notifier = new Mock<INotifier>();

            [TEST]
            public void Verifiable_setup()
            {
                var notifier = new Mock<INotifier>();
                notifier.Setup(n => n.Send("Ada", "booked")).Verifiable();
                new Scheduler(notifier.Object).Book("Ada");
                notifier.Verify();
                notifier.VerifyAll();
                notifier.Verify(n => n.Send("Ada", "booked"), Times.Once());
            }

            [TEST]
            public void Set_up_in_a_helper()
            {
                var notifier = new Mock<INotifier>();
                Arrange(notifier);
                new Scheduler(notifier.Object).Book("Ada");
                notifier.VerifyAll();
            }

            [TEST]
            public void Field_mock_set_up_elsewhere()
            {
                new Scheduler(_notifier.Object).Book("Ada");
                _notifier.VerifyAll();
            }

            private static void Arrange(Mock<INotifier> notifier) => notifier.Setup(n => n.IsOnline()).Returns(true);
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_an_asserted_Record_Exception() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        using Clinic;
        public class SchedulerTests
        {
            [Fact]
            public void Cancelling_fails()
            {
                var scheduler = new Scheduler(null);
                var exception = Record.Exception(() => scheduler.Cancel(new Appointment()));
                Assert.IsType<System.InvalidOperationException>(exception);
                Assert.Null(Record.Exception(() => scheduler.Book("Ada")));
                var other = Record.Exception(() => scheduler.Cancel(new Appointment()));
                Check(other);
            }

            private static void Check(System.Exception e) => Assert.NotNull(e);
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_users_own_Should(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        public static class MyShould { public static object Should(this object value) => value; }
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Own()
            {
                new object().Should();
            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => BrokenCode<RA1005AssertionNeverCompleted>.VerifyNoDiagnosticAsync(fw, """
        using Moq;
        using FluentAssertions;
        [CLASS]
        public class SchedulerTests
        {
            [TEST]
            public void Broken()
            {
                var mock = new Mock<Missing>();
                mock.Verify(
                var x = 1.Should().
        """);

    private static string Pick(Fw fw, string xunit, string nunit, string mstest, string tunit) => fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => xunit,
        Fw.NUnit3 or Fw.NUnit4 => nunit,
        Fw.MSTest => mstest,
        _ => tunit,
    };

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_NSubstitute_Received_completed_by_the_next_call_on_the_substitute(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using NSubstitute.Exceptions;
        using Clinic;
        [CLASS]
        public class SchedulerTests
        {
            private readonly INotifier _notifier = Substitute.For<INotifier>();

            [TEST]
            public void Booking_notifies_the_patient()
            {
                var notifier = Substitute.For<INotifier>();
                new Scheduler(notifier).Book("Ada");
                notifier.Received();
                notifier.Send("Ada", "booked");
                notifier.DidNotReceiveWithAnyArgs();
                notifier.IsOnline();
            }

            [TEST]
            public void Booking_does_not_notify_anyone_else()
            {
                new Scheduler(_notifier).Book("Ada");
                _notifier.Received();
        """ + Pick(fw,
        """
                Assert.Throws<ReceivedCallsException>(() => _notifier.Send("Bob", "booked"));
        """,
        """
                Assert.Throws<ReceivedCallsException>(() => _notifier.Send("Bob", "booked"));
        """,
        """
                Assert.ThrowsException<ReceivedCallsException>(() => _notifier.Send("Bob", "booked"));
        """,
        """
                Assert.Throws<ReceivedCallsException>(() => _notifier.Send("Bob", "booked"));
        """) + """

            }

            [TEST]
            public void Booking_twice_is_still_checked()
            {
                var notifier = Substitute.For<INotifier>();
                new Scheduler(notifier).Book("Ada");
                {|RA1005:notifier.Received()|};
                notifier.Received(1).Send("Ada", "booked");
                var scheduler = new Scheduler(notifier);
                {|RA1005:notifier.DidNotReceive()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_start_whose_throwing_the_test_asserts(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FluentAssertions;
        using NSubstitute;
        using NSubstitute.Exceptions;
        using Clinic;
        [CLASS]
        public class ReceivedOnRealObjectsTests
        {
            [TEST]
            public void Received_on_a_real_appointment_is_refused()
            {
                var appointment = new Appointment();
                AssertRefused(() => appointment.Received());
                Action act = () => appointment.DidNotReceive();
                act.Should().Throw<NotASubstituteException>();
                FluentActions.Invoking(() => appointment.ReceivedWithAnyArgs()).Should().Throw<NotASubstituteException>();
            }

            private static void AssertRefused(Action action)
            {
        """ + Pick(fw,
        """
                Assert.Throws<NotASubstituteException>(() => action());
        """,
        """
                Assert.That(() => action(), Throws.TypeOf<NotASubstituteException>());
        """,
        """
                Assert.ThrowsException<NotASubstituteException>(() => action());
        """,
        """
                Assert.Throws<NotASubstituteException>(action);
        """) + """

            }
        }
        """ + Production);
}
