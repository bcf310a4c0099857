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

        public sealed class CouponService
        {
            public bool TryApply(string code) => code.StartsWith("SAVE", System.StringComparison.Ordinal);
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
