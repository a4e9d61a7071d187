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
meetings-slot-reopened = The slot is open again for others. Withdraw it?
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
           *[other] {" "}Contact: { $contact }
        }
}
