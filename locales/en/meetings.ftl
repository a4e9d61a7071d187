meetings-none = You have no upcoming meetings.
meetings-list = Your upcoming meetings:
meetings-item = { $when }, { $name } ({ $status ->
        [requested] waiting
       *[other] confirmed
    })
meetings-details = { $when } with { $name }: { $status ->
        [requested] waiting for an answer.
       *[other] confirmed.
    }
meetings-move = Move to another time
meetings-cancel = Cancel the meeting
meetings-past = That meeting has already started, so it cannot be changed.
meetings-ask-reason = Cancel this meeting? You can add a reason for them, or choose "No reason".
meetings-no-reason = No reason
meetings-reason-invalid = Please keep the reason to one line (2 to 140 characters).
meetings-reason-help = The other person is told at once. A short reason helps them understand.
meetings-cancelled = { $short ->
    [yes] Cancelled. It was very short notice, so we told them right away.
   *[other] Cancelled. We told the other person.
}
meetings-cancelled-by-other = { $short ->
    [yes] Short notice: { $name } cancelled your meeting ({ $when }).
   *[other] { $name } cancelled your meeting ({ $when }).
}{ $reason ->
    [none] {""}
   *[other] {" "}Reason: "{ $reason }"
}
meetings-cancelled-unreachable = The programme can no longer reach { $name }, so your meeting ({ $when }) is cancelled.{ $side ->
    [connector] {" "}Your time is open again for others.
   *[other] {" "}You can find another connector from the menu.
}
meetings-slot-reopened = Your slot ({ $when }) is open again for others. Withdraw it?
meetings-no-other-slots = There are no other open times with this connector right now.
meetings-pick-new-time = Pick the new time:
meetings-time-gone = Sorry, that time is no longer open.
meetings-move-proposed = New time proposed ({ $when }). We will tell you when they answer.
meetings-moved = { $channel ->
    [sms] New time: { $when } with { $name }, { $format }{ $where ->
            [none] {""}
           *[other] : { $where }
        }.
   *[other] Your meeting with { $name } moved to { $when }, { $format }{ $where ->
            [none] {""}
           *[other] : { $where }
        }.{ $contact ->
            [none] {""}
            [calls-you] {""}
            [relay] {""}
           *[other] {" "}Contact: { $contact }
        }
}
meetings-no-other-slots-connector = You have no other open times to move this meeting ({ $when }) to. Offer a new time, then choose "Move to another time" again in My slots and meetings.
meetings-no-other-times = { $name } has no other open times right now. You can keep the meeting ({ $when }), cancel it, or ask { $name } for another time in a short note.
meetings-keep = Keep the meeting
meetings-ask-time = Ask { $name } for another time
meetings-kept = Good: your meeting ({ $when }) stays as planned.
meetings-move-asked = Request sent: move your meeting with { $name } from { $old } to { $when }. It stays as planned until { $name } accepts.
meetings-move-request = { $name } asks to move your meeting ({ $old }) to another time: { $when }
meetings-move-accept = Move it to { $when }
meetings-move-keep = Keep the current time
meetings-no-proposal = No new time is waiting for your answer. The meeting stays as planned ({ $when }).
meetings-move-declined = { $gone ->
    [yes] The time you proposed ({ $when }) was just taken by someone else.
   *[other] { $name } cannot make the time you proposed ({ $when }).
} Your meeting stays as planned ({ $old }).
meetings-move-kept = { $gone ->
    [yes] Sorry, that time was just taken by someone else.
   *[other] Done: we told them.
} The meeting stays as planned ({ $when }).
meetings-open = Open the meeting
meetings-ask-time-note = Write your note in one line (e.g. Could we meet on a weekday evening?)
meetings-time-note-invalid = Please keep the note to one line (2 to 140 characters).
meetings-time-note-help = Your note goes to the connector with the time of your meeting. They can offer a new time and move the meeting to it.
meetings-time-asked = { $name } asks for another time than { $when }: "{ $note }" Offer a new time, then move the meeting to it.
meetings-time-ask-sent = Sent to { $name }. Your meeting stays on { $when } until you agree on a new time.
