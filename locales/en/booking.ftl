booking-slot = { $when }
booking-find-another = Find another connector
booking-gone = That time is no longer offered.
booking-past = That time has passed.{ $others ->
    [yes] {" "}Other times:
   *[other] {""}
}
booking-unavailable = This connector is not taking new requests right now.{ $others ->
    [yes] {" "}Other times:
   *[other] {""}
}
booking-limit = You already have { $limit } requests waiting for an answer. Please wait for a reply before asking again.
booking-overlap = You already have a meeting on { $when } at that time.
booking-taken = Sorry, someone just took that time.{ $others ->
    [yes] {" "}Other times:
   *[other] {""}
}
booking-other-times = { $others ->
    [yes] Other times you could ask for:
   *[other] They have no other open times right now.
}
booking-requested = Your request ({ $when }) is sent to { $name }. You will hear back here.
booking-request = { $name } ({ $profession }) asks to meet you on { $when }{ $note ->
        [none] {""}
       *[other] {" "}with a note: "{ $note }"
    }
booking-accept = Accept
booking-decline = Decline
booking-confirmed = { $channel ->
    [sms] Confirmed: { $when } with { $name }, { $format }{ $where ->
            [none] {""}
           *[other] : { $where }
        }.{ $contact ->
            [none] {""}
            [calls-you] {" "}{ $name } will call you at this number.
            [relay] {" "}To write to { $name }: WRITE { $meeting } and your message.
           *[other] { $dial ->
                [yes] {" "}Call { $name } at { $contact }.
               *[other] {" "}Contact: { $contact }
            }
        }
   *[other] Confirmed: you meet { $name } on { $when }, { $format }{ $where ->
            [none] {""}
           *[other] : { $where }
        }.{ $contact ->
            [none] {""}
            [calls-you] {" "}{ $name } will call you at your number.
            [relay] {" "}You can write to { $name } through the bot with the button below.
           *[other] { $dial ->
                [yes] {" "}Call { $name } at { $contact }.
               *[other] {" "}Contact: { $contact }
            }
        }
        The calendar file adds it to your calendar.
}
booking-contact-changed = { $contact ->
    [calls-you] { $name } no longer gives a number for your meeting on { $when }: { $name } will call you at your number.
    [relay] { $name } no longer gives a number for your meeting on { $when }. Write to { $name } through the bot { $channel ->
        [sms] (WRITE { $meeting } and your message)
       *[other] (the button below)
    } to agree who calls.
   *[other] New number for { $name }, for your meeting on { $when }: { $contact }. The one given before no longer works.
}
booking-calendar-title = Connector meeting with { $name }
booking-already = { $status ->
    [confirmed] That meeting is already confirmed.
    [declined] That request was already declined.
    [cancelled] That meeting was cancelled.
   *[other] That meeting can no longer be changed.
}
booking-too-late = That meeting time has passed.
booking-declined = { $name } cannot meet at the time you asked for ({ $when }). Don't be discouraged: it is usually about timing.
booking-you-declined = { $others ->
    [yes] Declined. We let them know kindly and suggested your other times.
   *[other] Declined. We let them know kindly.
}
booking-paused = Your new requests are paused for now. A coordinator will be in touch.
