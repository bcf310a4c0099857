using System;
using System.Threading;
using System.Threading.Tasks;

namespace Clinic;

public sealed record Patient(string Id, string FullName, DateOnly DateOfBirth, string? InsuranceNumber);

public interface IPatientRegistry
{
    Task<Patient?> FindAsync(string patientId, CancellationToken cancellationToken = default);
}

public interface IInsuranceVerifier
{
    Task<bool> IsCoveredAsync(string insuranceNumber, string procedureCode, CancellationToken cancellationToken = default);
}

public static class AgeCalculator
{
    public static int AgeOn(DateOnly dateOfBirth, DateOnly day)
    {
        if (day < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(day), "The day is before the date of birth.");
        }

        var age = day.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > day ? age - 1 : age;
    }
}
