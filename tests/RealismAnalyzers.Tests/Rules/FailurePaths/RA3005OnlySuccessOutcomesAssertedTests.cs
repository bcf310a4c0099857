using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3005OnlySuccessOutcomesAsserted>;

namespace RealismAnalyzers.Tests.Rules.FailurePaths;

public class RA3005OnlySuccessOutcomesAssertedTests
{
    private const string Production = """

        #nullable enable
        public sealed class Customer { public string Email { get; set; } = ""; }

        public sealed class RedeemResult
        {
            private RedeemResult(bool isSuccess, string? error) { IsSuccess = isSuccess; Error = error; }
            public bool IsSuccess { get; }
            public bool IsFailure => !IsSuccess;
            public string? Error { get; }
            public static RedeemResult Ok() => new RedeemResult(true, null);
            public static RedeemResult Fail(string error) => new RedeemResult(false, error);
        }

        public enum CouponState { Issued, Active, Expired }

        public sealed class Tariff { public decimal Rate { get; init; } }

        public sealed class CouponService
        {
            private static readonly Tariff Standard = new Tariff { Rate = 1m };

            public bool TryApply(string code) => TryApply(code, 1);
            public bool TryApply(string code, int quantity) => quantity > 0 && code.StartsWith("SAVE", System.StringComparison.Ordinal);
            public bool IsIn(string code, CouponState state) => (code.StartsWith("SAVE", System.StringComparison.Ordinal) ? CouponState.Active : CouponState.Expired) == state;
            public Tariff? ResolveTariff(string region) => Lookup(region) ?? Standard;
            private static Tariff? Lookup(string region) => region == "EU" ? new Tariff { Rate = 0.9m } : null;
            public System.Threading.Tasks.Task<bool> TryApplyAsync(string code) => System.Threading.Tasks.Task.FromResult(TryApply(code));
            public Customer? FindOwner(string code) => TryApply(code) ? new Customer { Email = "ada@example.com" } : null;
            public RedeemResult Redeem(string code) => TryApply(code) ? RedeemResult.Ok() : RedeemResult.Fail("unknown coupon");
        }
        #nullable restore
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_boolean_member_only_ever_asserted_true(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class CouponTests
        {
            private readonly CouponService _service = new CouponService();

            [TEST]
            public async Task Applies_a_ten_percent_coupon() => ASSERT_TRUE({|#0:_service.TryApply("SAVE10")|});

            [TEST]
            public async Task Applies_a_twenty_percent_coupon() => ASSERT_TRUE(_service.TryApply("SAVE20"));

            [TEST]
            public async Task Applies_a_thirty_percent_coupon()
            {
                var applied = _service.TryApply("SAVE30");
                ASSERT_TRUE(applied);
            }

            [TEST]
            public async Task Applies_a_coupon_asynchronously() => ASSERT_TRUE(await _service.TryApplyAsync("SAVE40"));
        }
        """ + Production,
        Verifier.Diagnostic("RA3005").WithLocation(0).WithArguments("CouponService.TryApply", 3, "a false result"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_nullable_member_only_ever_asserted_not_null(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class CouponTests
        {
            [TEST]
            public async Task Finds_the_owner_of_a_coupon()
            {
                var service = new CouponService();
                var owner = {|#0:service.FindOwner("SAVE10")|};
                ASSERT_NOT_NULL(owner);
            }

            [TEST]
            public async Task Finds_the_owner_of_another_coupon()
            {
                var owner = new CouponService().FindOwner("SAVE20");
                ASSERT_NOT_NULL(owner);
            }

            [TEST]
            public async Task Finds_the_owner_directly() => ASSERT_NOT_NULL(new CouponService().FindOwner("SAVE30"));
        }
        """ + Production,
        Verifier.Diagnostic("RA3005").WithLocation(0).WithArguments("CouponService.FindOwner", 3, "a null result"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_result_type_only_ever_asserted_successful_with_every_assertion_library(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class CouponTests
        {
            [TEST]
            public async Task Redeems_a_coupon()
            {
                var result = {|#0:new CouponService().Redeem("SAVE10")|};
                ASSERT_TRUE(result.IsSuccess);
            }

            [TEST]
            public async Task Redeems_a_coupon_fluently()
            {
                var result = new CouponService().Redeem("SAVE20");
                result.IsSuccess.Should().BeTrue();
            }

            [TEST]
            public async Task Redeems_a_coupon_with_shouldly()
            {
                var result = new CouponService().Redeem("SAVE30");
                result.IsFailure.ShouldBeFalse();
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3005").WithLocation(0).WithArguments("CouponService.Redeem", 3, "a failure result"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_one_test_checks_a_failure_outcome(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        [CLASS]
        public class CouponTests
        {
            private readonly CouponService _service = new CouponService();

            [TEST]
            public async Task Applies_a_ten_percent_coupon() => ASSERT_TRUE(_service.TryApply("SAVE10"));

            [TEST]
            public async Task Applies_a_twenty_percent_coupon() => ASSERT_TRUE(_service.TryApply("SAVE20"));

            [TEST]
            public async Task Applies_a_thirty_percent_coupon() => ASSERT_TRUE(_service.TryApply("SAVE30"));

            [TEST]
            public async Task Rejects_an_unknown_coupon() => _service.TryApply("FREE").Should().BeFalse();

            [TEST]
            public async Task Finds_owner_1() => ASSERT_NOT_NULL(_service.FindOwner("SAVE10"));

            [TEST]
            public async Task Finds_owner_2() => ASSERT_NOT_NULL(_service.FindOwner("SAVE20"));

            [TEST]
            public async Task Finds_owner_3() => ASSERT_NOT_NULL(_service.FindOwner("SAVE30"));

            [TEST]
            public async Task Unknown_coupons_have_no_owner() => _service.FindOwner("FREE").Should().BeNull();

            [TEST]
            public async Task Applies_async_1() => ASSERT_TRUE(await _service.TryApplyAsync("SAVE10"));

            [TEST]
            public async Task Applies_async_2() => ASSERT_TRUE(await _service.TryApplyAsync("SAVE20"));

            [TEST]
            public async Task Applies_async_3() => ASSERT_TRUE(await _service.TryApplyAsync("SAVE30"));

            [TEST]
            public async Task Null_codes_are_rejected() => await FluentActions.Awaiting(() => _service.TryApplyAsync(null!)).Should().ThrowAsync<NullReferenceException>();

            [TEST]
            public async Task Redeems_1() => ASSERT_TRUE(_service.Redeem("SAVE10").IsSuccess);

            [TEST]
            public async Task Redeems_2() => ASSERT_TRUE(_service.Redeem("SAVE20").IsSuccess);

            [TEST]
            public async Task Redeems_3() => ASSERT_TRUE(_service.Redeem("SAVE30").IsSuccess);

            [TEST]
            public async Task Does_not_redeem_unknown_coupons() => ASSERT_TRUE(!_service.Redeem("FREE").IsSuccess);
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Does_not_fire_when_a_chained_nunit_throws_constraint_wraps_a_call(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        public class CouponTests
        {
            private readonly CouponService _service = new CouponService();

            [Test] public void Applies_1() => Assert.That(_service.TryApply("SAVE10"), Is.True);
            [Test] public void Applies_2() => Assert.That(_service.TryApply("SAVE20"), Is.True);
            [Test] public void Applies_3() => Assert.That(_service.TryApply("SAVE30"), Is.True);
            [Test] public void Rejects_a_null_code() => Assert.That(() => _service.TryApply(null!), Throws.Exception.Message.StartWith("Object reference"));

            [Test] public void Redeems_1() => Assert.That(_service.Redeem("SAVE10").IsSuccess, Is.True);
            [Test] public void Redeems_2() => Assert.That(_service.Redeem("SAVE20").IsSuccess, Is.True);
            [Test] public void Redeems_3() => Assert.That(_service.Redeem("SAVE30").IsSuccess, Is.True);
            [Test] public void Redeem_rejects_a_null_code() => Assert.That(() => _service.Redeem(null!), Throws.TypeOf<System.NullReferenceException>().With.Message.Not.Empty);
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_failure_is_asserted_through_another_overload(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class CouponTests
        {
            private readonly CouponService _service = new CouponService();

            [TEST]
            public async Task Applies_1() => ASSERT_TRUE(_service.TryApply("SAVE10", 2));

            [TEST]
            public async Task Applies_2() => ASSERT_TRUE(_service.TryApply("SAVE20", 3));

            [TEST]
            public async Task Applies_3() => ASSERT_TRUE(_service.TryApply("SAVE30", 4));

            [TEST]
            public async Task Rejects_an_unknown_coupon() => ASSERT_TRUE(!_service.TryApply("FREE"));
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_nullable_member_that_falls_back_instead_of_returning_null(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class TariffTests
        {
            private readonly CouponService _service = new CouponService();

            [TEST]
            public async Task Resolves_the_eu_tariff() => ASSERT_NOT_NULL(_service.ResolveTariff("EU"));

            [TEST]
            public async Task Resolves_the_standard_tariff_elsewhere() => ASSERT_NOT_NULL(_service.ResolveTariff("US"));

            [TEST]
            public async Task Resolves_a_tariff_for_an_empty_region() => ASSERT_NOT_NULL(_service.ResolveTariff(""));
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_state_predicate_asserted_for_different_states(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class CouponStateTests
        {
            private readonly CouponService _service = new CouponService();

            [TEST]
            public async Task A_known_coupon_is_active() => ASSERT_TRUE(_service.IsIn("SAVE10", CouponState.Active));

            [TEST]
            public async Task An_unknown_coupon_is_expired() => ASSERT_TRUE(_service.IsIn("FREE", CouponState.Expired));

            [TEST]
            public async Task Another_known_coupon_is_active() => ASSERT_TRUE(_service.IsIn("SAVE20", CouponState.Active));
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_state_predicate_only_ever_asked_about_one_state(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class CouponStateTests
        {
            private readonly CouponService _service = new CouponService();

            [TEST]
            public async Task A_known_coupon_is_active() => ASSERT_TRUE({|#0:_service.IsIn("SAVE10", CouponState.Active)|});

            [TEST]
            public async Task Another_known_coupon_is_active() => ASSERT_TRUE(_service.IsIn("SAVE20", CouponState.Active));

            [TEST]
            public async Task A_third_known_coupon_is_active() => ASSERT_TRUE(_service.IsIn("SAVE30", CouponState.Active));
        }
        """ + Production,
        Verifier.Diagnostic("RA3005").WithLocation(0).WithArguments("CouponService.IsIn", 3, "a false result"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_below_the_minimum_or_on_doubles_and_the_BCL(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Moq;
        [CLASS]
        public class CouponTests
        {
            [TEST]
            public async Task Applies_1() => ASSERT_TRUE(new CouponService().TryApply("SAVE10"));

            [TEST]
            public async Task Applies_2() => ASSERT_TRUE(new CouponService().TryApply("SAVE20"));

            [TEST]
            public async Task Lookup_1() { var d = new Dictionary<string, int> { ["a"] = 1 }; ASSERT_TRUE(d.TryGetValue("a", out _)); }

            [TEST]
            public async Task Lookup_2() { var d = new Dictionary<string, int> { ["b"] = 1 }; ASSERT_TRUE(d.TryGetValue("b", out _)); }

            [TEST]
            public async Task Lookup_3() { var d = new Dictionary<string, int> { ["c"] = 1 }; ASSERT_TRUE(d.TryGetValue("c", out _)); }

            [TEST]
            public async Task Double_1() { var v = new Mock<IValidator>(); v.Setup(x => x.IsValid("a")).Returns(true); ASSERT_TRUE(v.Object.IsValid("a")); }

            [TEST]
            public async Task Double_2() { var v = new Mock<IValidator>(); v.Setup(x => x.IsValid("b")).Returns(true); ASSERT_TRUE(v.Object.IsValid("b")); }

            [TEST]
            public async Task Double_3() { var v = new Mock<IValidator>(); v.Setup(x => x.IsValid("c")).Returns(true); ASSERT_TRUE(v.Object.IsValid("c")); }
        }

        public interface IValidator { bool IsValid(string code); }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task The_minimum_comes_from_editorconfig(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class CouponTests
        {
            [TEST]
            public async Task Applies_1() => ASSERT_TRUE({|#0:new CouponService().TryApply("SAVE10")|});

            [TEST]
            public async Task Applies_2() => ASSERT_TRUE(new CouponService().TryApply("SAVE20"));
        }
        """ + Production, "realism.RA3005.min_tests = 2",
        Verifier.Diagnostic("RA3005").WithLocation(0).WithArguments("CouponService.TryApply", 2, "a false result"));

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        public class CouponTests
        {
            [Fact] public void A() => Assert.True(new CouponService().{|CS1061:Missing|}("x"));
            [Fact] public void B() => Assert.True(new CouponService().{|CS1061:Missing|}("y"));
            [Fact] public void C() { var r = {|CS0103:Unknown|}(); Assert.True(r.IsSuccess); }
        }
        """ + Production);
}
