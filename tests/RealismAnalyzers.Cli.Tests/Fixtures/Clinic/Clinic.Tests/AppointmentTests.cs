using System;
using Clinic.Scheduling;
using Xunit;

namespace Clinic.Tests
{
    public class AppointmentTests
    {
        [Fact]
        public void An_appointment_keeps_the_patient_and_the_day()
        {
            var day = new DateOnly(2024, 3, 5);

            var appointment = new Appointment("Davi Rocha", day, 4);

            Assert.Equal("Davi Rocha", appointment.Patient);
            Assert.Equal(day, appointment.Day);
        }

        [Fact]
        public void Two_patients_on_the_same_day()
        {
            var schedule = new Schedule();
            var day = new DateOnly(2024, 3, 5);

            schedule.Book("Davi Rocha", day, 0);
            schedule.Book("Eva Souza", day, 1);
        }
    }
}
