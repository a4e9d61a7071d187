find-ask-field = Whom would you like to meet?
find-my-field = People in my field ({ $sector })
find-any-field = People in any field
find-field-invalid = Please pick one of the options.
find-field-help = Connectors are professionals who offer 30-minute conversations. Meeting people in your own field helps most.
find-results = Connectors with open times:
find-card = { $channel ->
    [sms] { $name }, { $profession }: { $next }
   *[other] { $name }, { $profession } ({ $languages }). Next: { $next }
}
find-more = More
find-none = No connector in your field has open times right now.
find-no-more = That is everyone with open times for now.
find-pick-invalid = Please pick a connector from the list.
find-connector-help = Pick someone to see their open times. Their contact details are shared once a meeting is confirmed.
find-ask-slot = { $channel ->
    [sms] { $name } ({ $languages }). Which time?
   *[other] { $name }, { $profession } ({ $languages }). Pick a time:
}
find-slot-invalid = Please pick one of the times.
find-slot-help = Times are shown in your own time zone. Each meeting lasts 30 minutes.
find-ask-note = Add a short note for them, in one line? (e.g. I am a civil engineer looking at municipal work)
find-no-note = No note
find-note-invalid = Please keep the note to one line (2 to 140 characters).
find-note-help = The note helps them prepare. It is optional.
find-no-slots-left = { $name } has no open times left; someone may just have taken the last one. You can choose another connector.
find-other-connectors = Other connectors
