find-ask-field = Which field?
find-my-field = People in my field ({ $sector })
find-any-field = People in any field
find-field-invalid = Please pick one of the options.
find-field-help = Connectors are professionals who offer 30-minute conversations. Meeting people in your own field helps most.
find-results = { $channel ->
    [sms] { $scope ->
        [any] All fields
        [other] The field you chose
       *[mine] Your field
    }{ $note ->
        [none] {""}
       *[other] , note kept
    }. Reply with a number (a note may follow):
   *[other] { $scope ->
        [any] Connectors in every field
        [other] Connectors in the field you chose
       *[mine] Connectors in your field
    }, with their next time.{ $note ->
        [none] {""}
       *[other] {" "}Your note: "{ $note }".
    } Tap a time to ask for it. To add a note for them, send it first.
}
find-card = { $channel ->
    [sms] { $name }, { $profession }: { $next }
   *[other] { $name }, { $profession } ({ $languages }). Next: { $next }
}
find-more = More people
find-none = No connector in your field has open times right now.
find-no-more = That is everyone with open times for now.
find-pick-invalid = Please pick a time from the list (its number), or write a note of 2 to 140 characters.
find-connector-help = Pick a time to ask that person for it. A note after the number (or sent before you pick) helps them prepare. Contact details are shared once a meeting is confirmed.
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
find-other-times-choice = Other times
find-other-times = { $channel ->
    [sms] Other times:
   *[other] Other times with these people:{ $note ->
        [none] {""}
       *[other] {" "}(your note: "{ $note }")
    }
}
find-time = { $name }: { $when }
find-back-to-list = Back to the list
find-options = Search options
find-ask-filter = Narrow the search:
find-only-language = Speaks { $language }
find-any-language = Any language
find-only-city = In { $city }, in person
find-any-city = Any city, any way to meet
find-other-field = Another field
find-filter-help = You can look only for people who speak one of your languages, or who meet in person in your city, or look in another field.
find-none-anywhere = No connector has open times right now. Please look again in a few days.
find-none-other = No connector in that field has open times right now.
find-none-filtered = Nobody matches this search right now. Try other search options.
find-every-field = Any field
find-no-times = { $name } ({ $profession }) has no open times right now.
find-ask-for-times = Ask them for times
find-another-connector = Find another connector
find-watching = I asked { $name } to offer some times. I will tell you as soon as they do.
find-times-asked = { $name } ({ $profession }) would like to meet you, but you have no open times right now. Could you offer a few? I will tell them.
find-times-opened = { $name } has opened times. Pick one to ask for it:
