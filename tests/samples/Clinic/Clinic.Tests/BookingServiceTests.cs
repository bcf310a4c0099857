using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NSubstitute;
using NUnit.Framework;
using Shouldly;

namespace Clinic.Tests;

[TestFixture]
public class BookingServiceTests
{
    private IPatientRegistry _patients = null!;
    private IAppointmentStore _store = null!;
    private IInsuranceVerifier _insurance = null!;
    private IReminderService _reminders = null!;
    private BookingService _service = null!;

    private static readonly DateTime Monday9am = new(2026, 3, 2, 9, 0, 0);

    [SetUp]
    public void SetUp()
    {
        _patients = Substitute.For<IPatientRegistry>();
        _store = Substitute.For<IAppointmentStore>();
        _insurance = Substitute.For<IInsuranceVerifier>();
        _reminders = Substitute.For<IReminderService>();
        _service = new BookingService(_patients, _store, _insurance, _reminders);

        _patients.FindAsync("P-1", Arg.Any<CancellationToken>())
            .Returns(new Patient("P-1", "Ada Lovelace", new DateOnly(1990, 12, 10), "INS-77"));
        _insurance.IsCoveredAsync("INS-77", Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(true);
        _store.ForDoctorAsync(Arg.Any<string>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .Returns(Array.Empty<Appointment>());
    }

    [Test]
    public async Task A_free_slot_is_booked_and_a_reminder_scheduled()
    {
        var outcome = await _service.BookAsync("P-1", "DR-HOUSE", "CHECKUP", Monday9am, TimeSpan.FromMinutes(30));

        outcome.ShouldBe(BookingOutcome.Booked);
        await _store.Received(1).AddAsync(Arg.Is<Appointment>(a => a.PatientId == "P-1"), Arg.Any<CancellationToken>());
        await _reminders.Received(1).ScheduleAsync(Arg.Any<Appointment>(), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task An_overlapping_slot_is_refused()
    {
        _store.ForDoctorAsync("DR-HOUSE", DateOnly.FromDateTime(Monday9am), Arg.Any<CancellationToken>())
            .Returns(new List<Appointment> { new(Guid.NewGuid(), "P-2", "DR-HOUSE", Monday9am.AddMinutes(15), TimeSpan.FromMinutes(30)) });

        var outcome = await _service.BookAsync("P-1", "DR-HOUSE", "CHECKUP", Monday9am, TimeSpan.FromMinutes(30));

        outcome.ShouldBe(BookingOutcome.SlotTaken);
    }

    [Test]
    public async Task Unknown_patients_cannot_book()
    {
        var outcome = await _service.BookAsync("P-404", "DR-HOUSE", "CHECKUP", Monday9am, TimeSpan.FromMinutes(30));

        outcome.ShouldBe(BookingOutcome.PatientUnknown);
    }

    [Test]
    public async Task Booking_a_procedure_that_is_covered()
    {
        await _service.BookAsync("P-1", "DR-HOUSE", "MRI", Monday9am, TimeSpan.FromHours(1));
    }

    [Test]
    public void Booking_outside_opening_hours()
    {
    }
}
