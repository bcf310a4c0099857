using System;
using Clinic.Scheduling;
using Xunit;

namespace Clinic.Tests
{
    public class ScheduleTests
    {
        private static readonly DateOnly Monday = new DateOnly(2024, 3, 4);

        [Fact]
        public void Booking_a_free_slot_returns_the_appointment()
        {
            var schedule = new Schedule();

            var appointment = schedule.Book("Ana Lima", Monday, 2);

            Assert.Equal("Ana Lima", appointment.Patient);
            Assert.Equal(2, appointment.Slot);
        }

        [Fact]
        public void Booking_a_taken_slot_is_refused()
        {
            var schedule = new Schedule();
            schedule.Book("Ana Lima", Monday, 2);

            Assert.Throws<InvalidOperationException>(() => schedule.Book("Bruno Costa", Monday, 2));
        }

        [Fact]
        public void Cancelling_frees_the_slot()
        {
            var schedule = new Schedule();
            var appointment = schedule.Book("Ana Lima", Monday, 2);

            schedule.Cancel(appointment);

            Assert.Equal(Schedule.SlotsPerDay, schedule.FreeSlots(Monday));
        }

        [Fact]
        public void Booking_the_last_slot_of_the_day()
        {
            var schedule = new Schedule();

            schedule.Book("Carla Dias", Monday, Schedule.SlotsPerDay - 1);
        }

        [Fact]
        public void Rescheduling_moves_the_appointment()
        {
        }
    }
}
