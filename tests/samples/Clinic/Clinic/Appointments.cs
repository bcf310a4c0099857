using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Clinic;

public sealed record Appointment(Guid Id, string PatientId, string DoctorId, DateTime Start, TimeSpan Length)
{
    public DateTime End => Start + Length;

    public bool Overlaps(Appointment other) => DoctorId == other.DoctorId && Start < other.End && other.Start < End;
}

public enum BookingOutcome
{
    Booked,
    PatientUnknown,
    SlotTaken,
    NotCovered,
}

public interface IAppointmentStore
{
    Task<IReadOnlyList<Appointment>> ForDoctorAsync(string doctorId, DateOnly day, CancellationToken cancellationToken = default);

    Task AddAsync(Appointment appointment, CancellationToken cancellationToken = default);
}

public interface IReminderService
{
    Task ScheduleAsync(Appointment appointment, CancellationToken cancellationToken = default);
}

public sealed class BookingService
{
    private readonly IPatientRegistry _patients;
    private readonly IAppointmentStore _store;
    private readonly IInsuranceVerifier _insurance;
    private readonly IReminderService _reminders;

    public BookingService(IPatientRegistry patients, IAppointmentStore store, IInsuranceVerifier insurance, IReminderService reminders)
    {
        _patients = patients;
        _store = store;
        _insurance = insurance;
        _reminders = reminders;
    }

    public async Task<BookingOutcome> BookAsync(string patientId, string doctorId, string procedureCode, DateTime start, TimeSpan length, CancellationToken cancellationToken = default)
    {
        var patient = await _patients.FindAsync(patientId, cancellationToken);
        if (patient is null)
        {
            return BookingOutcome.PatientUnknown;
        }

        if (patient.InsuranceNumber is { } insurance && !await _insurance.IsCoveredAsync(insurance, procedureCode, cancellationToken))
        {
            return BookingOutcome.NotCovered;
        }

        var requested = new Appointment(Guid.NewGuid(), patientId, doctorId, start, length);
        var existing = await _store.ForDoctorAsync(doctorId, DateOnly.FromDateTime(start), cancellationToken);
        if (existing.Any(requested.Overlaps))
        {
            return BookingOutcome.SlotTaken;
        }

        await _store.AddAsync(requested, cancellationToken);
        await _reminders.ScheduleAsync(requested, cancellationToken);
        return BookingOutcome.Booked;
    }
}
