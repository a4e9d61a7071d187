# The name of the calendar file sent with a confirmation (without .ics).
calendar-file = meeting
