using System;
using NUnit.Framework;
using Shouldly;

namespace Clinic.Tests;

[TestFixture]
public class AgeCalculatorTests
{
    [TestCase(2000, 1, 1, 2026, 1, 1, 26)]
    [TestCase(2000, 6, 15, 2026, 6, 14, 25)]
    [TestCase(2000, 2, 29, 2026, 2, 28, 25)]
    public void Age_is_counted_in_whole_years(int birthYear, int birthMonth, int birthDay, int year, int month, int day, int expected)
    {
        var age = AgeCalculator.AgeOn(new DateOnly(birthYear, birthMonth, birthDay), new DateOnly(year, month, day));

        age.ShouldBe(expected);
    }

    [Test]
    public void A_day_before_birth_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AgeCalculator.AgeOn(new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 1)));
    }

    [Test]
    public void Newborns_are_zero()
    {
        AgeCalculator.AgeOn(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
    }

    [Test]
    public void Patients_born_eighteen_years_ago_are_adults()
    {
        var dateOfBirth = DateOnly.FromDateTime(DateTime.Today.AddYears(-18));

        var age = AgeCalculator.AgeOn(dateOfBirth, DateOnly.FromDateTime(DateTime.Today));

        age.ShouldBe(18);
    }
}
