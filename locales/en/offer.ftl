offer-ask-day = { $channel ->
    [sms] Which day? Pick one, or type a day and time (e.g. Tuesday 2pm).
   *[other] Which day would you like to offer? Pick one, or type a day and time (e.g. Tuesday 2pm).
}
offer-day-label = { $day }
offer-day-invalid = Please pick a day in the next two weeks.
offer-day-help = You can offer any day in the next 14 days. Typing "Tuesday 2pm" sets the day and the time at once.
offer-ask-time = What time? Pick one, or type it (e.g. 14:30 or 2:30pm).
offer-time-label = { $time }
offer-time-invalid = Please give a time such as 14:30 or 2:30pm.
offer-time-help = Times are in your own time zone. Meetings last 30 minutes.
offer-past = That time has already passed. Please choose a later one.
offer-overlap = That overlaps your slot ({ $when }). Please choose another time.
offer-ask-format = How would you like to meet?
offer-format-in-person = In person
offer-format-phone = By phone
offer-format-video = By video
offer-how-in-person = in person
offer-how-phone = by phone
offer-how-video = by video
offer-format-invalid = Please pick one of the ways to meet.
offer-format-help = In person needs a place; by video needs a link (I can create one); by phone, you call each other at the numbers shared when the meeting is confirmed.
offer-ask-place = Where? (e.g. Bridgehead café, 366 Bank St)
offer-place-invalid = Please describe the place in a few words (3 to 200 characters).
offer-place-help = The place is only shared with the person once you accept their request.
offer-ask-link = Send the video link you would like to use, or let me create one.
offer-link-generate = Create a link for me
offer-link-invalid = Please send a link that starts with https://
offer-link-help = Any meeting link works (Zoom, Teams, Google Meet). The link I create is a free Jitsi Meet room.
offer-ask-weeks = Just this once, or every week at the same time? (or type e.g. 6 weeks)
offer-weeks-once = Just once
offer-weeks-n = Every week for { $weeks } weeks
offer-weeks-invalid = Pick an option, or type a number of weeks from 1 to { $most } (e.g. 6 weeks).
offer-weeks-help = A weekly offer creates one slot each week, at the same local time, even across a time change.
offer-summary = { $weeks ->
    [1] { $when }, { $minutes } min, { $format }{ $where ->
            [none] {""}
           *[other] : { $where }
        }. Offer it?
   *[other] { $when } and every week for { $weeks } weeks, { $minutes } min, { $format }{ $where ->
            [none] {""}
           *[other] : { $where }
        }. Offer them?
}
offer-confirm-yes = Yes, offer it
offer-confirm-invalid = Answer yes to offer this time, or send BACK to change it.
offer-confirm-help = Newcomers in your field will be able to request this time. You accept or decline each request.
offer-created = { $skipped ->
    [0] { $count ->
            [one] Done: 1 slot offered.
           *[other] Done: { $count } slots offered.
        }
   *[other] Done: { $count } offered; { $skipped } skipped (past or overlapping your other slots).
}
offer-ask-phone = What number should newcomers call for phone meetings? Type it (e.g. 613-555-0100) or use the button. Only those whose meeting you confirm get it. "My phone number" in the menu changes it. "No number": you first write to each other through the bot.
offer-phone-none = No number
offer-phone-invalid = That is not a phone number. Type one such as 613-555-0100, or choose "No number".
offer-phone-help = The number goes only to the newcomers whose meeting you confirm, with the confirmation. Without one, you and the newcomer write to each other through the bot (WRITE and the meeting's number) and agree who calls.
