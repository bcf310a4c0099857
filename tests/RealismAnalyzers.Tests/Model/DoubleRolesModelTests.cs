using Microsoft.CodeAnalysis;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Rules.Mocking;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>
/// What a verification checks, which doubled types are loggers, plumbing, configuration sources or factories of real objects:
/// the questions RA2006 and RA3001 ask, per mocking library on real references.
/// </summary>
public class DoubleRolesModelTests
{
    private const string Source = """
        using System;
        using FakeItEasy;
        using Moq;
        using NSubstitute;
        using Shop;

        public class Probe
        {
            public void Run()
            {
                var moq = new Mock<IEmailSender>();
                moq.Verify(e => e.Send(It.IsAny<string>(), It.IsNotNull<string>()));
                moq.Verify(e => e.Send("ann@shop.test", It.IsAny<string>()));
                moq.Verify(e => e.Send(It.Is<string>(to => to.EndsWith("@shop.test")), It.IsAny<string>()), Moq.Times.Never());
                moq.VerifyNoOtherCalls();
                moq.Verify();

                var sub = Substitute.For<IEmailSender>();
                sub.Received(1).Send(Arg.Any<string>(), Arg.Any<string>());
                sub.ReceivedWithAnyArgs().Send("x", "y");
                sub.Received().Send(Arg.Is<string>(to => to.Length > 0), Arg.Any<string>());
                sub.DidNotReceive().Send(Arg.Any<string>(), Arg.Any<string>());

                var fake = A.Fake<IEmailSender>();
                A.CallTo(() => fake.Send(A<string>._, A<string>.Ignored)).MustHaveHappened();
                A.CallTo(() => fake.Send("ann@shop.test", A<string>._)).MustHaveHappenedOnceExactly();
                A.CallTo(() => fake.Send("", "")).WithAnyArguments().MustHaveHappenedOnceOrMore();
                A.CallTo(() => fake.Send(A<string>._, A<string>._)).MustNotHaveHappened();

                var handle = new Mock<IDisposable>();
                handle.Verify(h => h.Dispose());
                var log = Substitute.For<ISlowLog>();
                log.ReceivedWithAnyArgs().Warn(default!);
                var unit = A.Fake<IUnitOfWork>();
                A.CallTo(() => unit.Commit()).MustHaveHappened();

                var jobs = new Mock<IJobClient>();
                jobs.Verify(j => j.Create(It.IsAny<QueuedState>()));
                jobs.Verify(j => j.Create(It.IsAny<IJobState>()));
                var queue = Substitute.For<IJobClient>();
                queue.Received().Create(Arg.Any<QueuedState>());
            }
        }

        public interface IJobState { }

        public sealed class QueuedState : IJobState { }

        public interface IJobClient { void Create(IJobState state); }

        public interface ISlowLog
        {
            bool Log(int level, Func<string> message);
            void Warn(string message);
            bool IsWarnEnabled { get; }
        }

        public interface IAppLogger<T>
        {
            void LogInformation(string message, params object[] args);
            void LogWarning(string message, params object[] args);
        }

        public interface IChangeLog { void Append(string entry); }

        public interface IUnitOfWork
        {
            void Commit();
            Report CreateReport();
            string GetConfigurationValue(string key);
            int PendingChanges { get; }
        }

        public interface IReportFactory
        {
            Report Create();
            System.Threading.Tasks.Task<IUnitOfWork> OpenAsync();
            Shop.Order CreateOrder();
        }

        public class Report
        {
            public string Title { get; set; } = "";
            public void Print() { }
        }
        """;

    public static TheoryData<string, string> Verifications => new()
    {
        { "moq.Verify(e => e.Send(It.IsAny<string>(), It.IsNotNull<string>()))", nameof(VerificationCheck.CallHappened) },
        { "moq.Verify(e => e.Send(\"ann@shop.test\", It.IsAny<string>()))", nameof(VerificationCheck.Values) },
        { "moq.Verify(e => e.Send(It.Is<string>(to => to.EndsWith(\"@shop.test\")), It.IsAny<string>()), Moq.Times.Never())", nameof(VerificationCheck.Absence) },
        { "moq.VerifyNoOtherCalls()", nameof(VerificationCheck.NoOtherCalls) },
        { "moq.Verify()", nameof(VerificationCheck.Unknown) },
        { "sub.Received(1).Send(Arg.Any<string>(), Arg.Any<string>())", nameof(VerificationCheck.CallHappened) },
        { "sub.ReceivedWithAnyArgs().Send(\"x\", \"y\")", nameof(VerificationCheck.CallHappened) },
        { "sub.Received().Send(Arg.Is<string>(to => to.Length > 0), Arg.Any<string>())", nameof(VerificationCheck.Values) },
        { "sub.DidNotReceive().Send(Arg.Any<string>(), Arg.Any<string>())", nameof(VerificationCheck.Absence) },
        { "A.CallTo(() => fake.Send(A<string>._, A<string>.Ignored)).MustHaveHappened()", nameof(VerificationCheck.CallHappened) },
        { "A.CallTo(() => fake.Send(\"ann@shop.test\", A<string>._)).MustHaveHappenedOnceExactly()", nameof(VerificationCheck.Values) },
        { "A.CallTo(() => fake.Send(\"\", \"\")).WithAnyArguments().MustHaveHappenedOnceOrMore()", nameof(VerificationCheck.CallHappened) },
        { "A.CallTo(() => fake.Send(A<string>._, A<string>._)).MustNotHaveHappened()", nameof(VerificationCheck.Absence) },
        { "handle.Verify(h => h.Dispose())", nameof(VerificationCheck.Release) },
        { "log.ReceivedWithAnyArgs().Warn(default!)", nameof(VerificationCheck.Logged) },
        { "A.CallTo(() => unit.Commit()).MustHaveHappened()", nameof(VerificationCheck.NoArguments) },

        // A matcher of a more derived type than the parameter checks the type of what was passed (the job was queued).
        { "jobs.Verify(j => j.Create(It.IsAny<QueuedState>()))", nameof(VerificationCheck.Values) },
        { "jobs.Verify(j => j.Create(It.IsAny<IJobState>()))", nameof(VerificationCheck.CallHappened) },
        { "queue.Received().Create(Arg.Any<QueuedState>())", nameof(VerificationCheck.Values) },
    };

    [Theory, MemberData(nameof(Verifications))]
    public async Task A_verification_says_what_it_checks(string verification, string expected)
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV3, Source + ShopSources.Production);

        Assert.Equal(expected, harness.Model.Doubles.GetVerificationCheck(harness.Invocation(verification), options: null).ToString());
    }

    [Theory]
    [InlineData("moq.Verify(e => e.Send(\"ann@shop.test\", It.IsAny<string>()))", "IEmailSender", "Send")]
    [InlineData("sub.Received(1).Send(Arg.Any<string>(), Arg.Any<string>())", "IEmailSender", "Send")]
    [InlineData("A.CallTo(() => unit.Commit()).MustHaveHappened()", "IUnitOfWork", "Commit")]
    public async Task A_verification_names_the_verified_member_and_doubled_type(string verification, string type, string member)
    {
        var harness = await ModelHarness.CreateAsync(Fw.NUnit4, Source + ShopSources.Production);

        Assert.True(harness.Model.Doubles.TryGetVerifiedMember(harness.Invocation(verification), out var doubledType, out var verified));
        Assert.Equal(type, doubledType!.Name);
        Assert.Equal(member, verified!.Name);
    }

    [Fact]
    public async Task Loggers_are_recognised_by_name_and_shape()
    {
        var harness = await ModelHarness.CreateAsync(Fw.MSTest, Source + ShopSources.Production);
        var model = harness.Model;
        var melLogger = harness.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger`1")!;

        Assert.True(model.Doubles.IsLoggerType(melLogger, null, null));
        Assert.True(model.Doubles.IsLoggerType(harness.Type("ISlowLog"), null, null));
        Assert.True(model.Doubles.IsLoggerType(harness.Type("IAppLogger"), null, null));
        Assert.False(model.Doubles.IsLoggerType(harness.Type("IChangeLog"), null, null));
        Assert.False(model.Doubles.IsLoggerType(harness.Type("IEmailSender"), null, null));
    }

    [Fact]
    public async Task Plumbing_configuration_reads_and_factories_of_real_objects_are_told_apart()
    {
        var harness = await ModelHarness.CreateAsync(Fw.TUnit, Source + ShopSources.Production);
        var unit = harness.Type("IUnitOfWork");
        ISymbol Member(string name) => unit.GetMembers(name).Single();

        Assert.True(DoubleService.IsPlumbingType(harness.Compilation.GetSpecialType(SpecialType.System_IDisposable)));
        Assert.True(DoubleService.IsPlumbingType(harness.Compilation.GetTypeByMetadataName("System.Collections.Generic.IEqualityComparer`1")!));
        Assert.False(DoubleService.IsPlumbingType(unit));

        Assert.True(DoubleService.IsValueRead(Member("PendingChanges")));
        Assert.True(DoubleService.IsValueRead(Member("GetConfigurationValue")));
        Assert.False(DoubleService.IsValueRead(Member("Commit")));

        var factory = harness.Type("IReportFactory");
        Assert.True(DoubleService.IsHandOutMember(factory.GetMembers("Create").Single(), factory));
        Assert.True(DoubleService.IsHandOutMember(factory.GetMembers("OpenAsync").Single(), factory));
        Assert.False(DoubleService.IsHandOutMember(factory.GetMembers("CreateOrder").Single(), factory));
        Assert.False(DoubleService.IsHandOutMember(Member("CreateReport"), unit));

        Assert.True(DoubleService.IsConfigurationSourceType(harness.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Options.IOptionsMonitor`1")!));
        Assert.False(DoubleService.IsConfigurationSourceType(unit));
    }
}
