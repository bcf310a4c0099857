using System;
using System.Collections.Generic;

namespace Clinic.Scheduling
{
    public sealed class Schedule
    {
        public const int SlotsPerDay = 8;

        private readonly List<Appointment> _appointments = new List<Appointment>();

        public Appointment Book(string patient, DateOnly day, int slot)
        {
            if (slot < 0 || slot >= SlotsPerDay)
            {
                throw new ArgumentOutOfRangeException(nameof(slot), slot, "The clinic is closed at that time.");
            }

            foreach (var appointment in _appointments)
            {
                if (appointment.Day == day && appointment.Slot == slot)
                {
                    throw new InvalidOperationException($"Slot {slot} on {day} is already taken.");
                }
            }

            var booked = new Appointment(patient, day, slot);
            _appointments.Add(booked);
            return booked;
        }

        public void Cancel(Appointment appointment) => _appointments.Remove(appointment);

        public int FreeSlots(DateOnly day)
        {
            var taken = 0;
            foreach (var appointment in _appointments)
            {
                if (appointment.Day == day)
                {
                    taken++;
                }
            }

            return SlotsPerDay - taken;
        }
    }
}
