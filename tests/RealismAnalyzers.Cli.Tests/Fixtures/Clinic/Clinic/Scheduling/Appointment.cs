using System;

namespace Clinic.Scheduling
{
    public sealed class Appointment
    {
        public Appointment(string patient, DateOnly day, int slot)
        {
            Patient = patient;
            Day = day;
            Slot = slot;
        }

        public string Patient { get; }

        public DateOnly Day { get; }

        public int Slot { get; }
    }
}
