intake-waiting = Thank you, { $name }! You are registered. A programme coordinator checks every new profile before people can meet; you will get a message here once it is done, usually within a few days. Meanwhile you can look at or correct your profile.
intake-waiting-digest = { $count ->
    [one] One person is waiting for approval.
   *[other] { $count } people are waiting for approval.
} Type pending to see who.
intake-someone-waiting = Someone is waiting for approval: #{ $id } { $name }. Type pending to see who is waiting.
intake-choice-more = More
intake-command-pending = People waiting for approval
intake-command-approve = Approve someone waiting (by number)
intake-command-reject = Refuse someone waiting, with the reason
intake-command-profile = One person, their meetings and what was said
intake-command-meetings = Meetings, by period or person
intake-command-feedback = Ratings and private comments
intake-command-settle = Decide a disputed meeting
intake-command-lift = Lift a no-show pause
intake-command-introduce = Introduce a newcomer to a connector
intake-usage-reject = Type reject, the person's number and the reason they will read, for example: reject 12 we could not verify your profession
intake-usage-scope = Type the command alone, with a person's number (12), or with a period: today, week, month, year or a number of days (10d).
intake-usage-settle = Type settle alone to see disputes, or: settle 7 held, or settle 7 no-show 12 (12 did not come).
intake-usage-lift = Type lift alone to see who is paused, or lift and the person's number, for example: lift 12
intake-usage-introduce = Type introduce, the newcomer's number, the connector's number and a note if you like, for example: introduce 12 15 Both in bridges
intake-pending = { $more ->
    [yes] Waiting for approval (more to come):
   *[other] Waiting for approval:
}
    { $lines }
intake-pending-none = Nobody is waiting for approval.
intake-pending-line = #{ $id } { $name } ({ $role }): { $profession }, { $city }
intake-not-waiting = { $name } (#{ $id }) is not waiting for approval.
intake-you-are-approved = Welcome, { $name }! A coordinator approved your profile: you now take part as { $role }. Type menu to see what you can do.
intake-approved = { $name } (#{ $id }) is approved and has been told.
intake-you-are-rejected = Thank you for your interest. A coordinator could not approve your profile for now. The reason: { $reason }. { $contact ->
    [none] You can reply here to ask a coordinator about it.
   *[other] To talk about it or send more details, contact the programme: { $contact }.
}
intake-rejected = { $name } (#{ $id }) is refused and has been told, with your reason.
intake-status-requested = requested
intake-status-confirmed = confirmed
intake-status-declined = declined
intake-status-cancelled = cancelled
intake-status-held = held
intake-status-no-show = no-show
intake-status-expired = expired
intake-status-disputed = disputed
intake-status-unconfirmed = unconfirmed
intake-meeting-line = #{ $id } { $when } { $connector }/{ $mentee }: { $status }
intake-meetings = Meetings:
    { $lines }
intake-meetings-none = No meetings found.
intake-feedback = What people said (private):
    { $lines }
intake-feedback-none = No answers found.
intake-feedback-line = #{ $meeting } { $name }: { $met ->
    [yes] met, { $rating ->
        [0] no rating
       *[other] { $rating }/5
    }{ $comment ->
        [none] {""}
       *[other] , "{ $comment }"
    }
   *[other] did not meet ({ $reason ->
        [other_absent] the other did not come
        [self_absent] could not come
        [rescheduled] moved it
       *[other] no reason
    })
}
intake-no-such-meeting = There is no meeting number { $id }.
intake-not-a-side = Meeting #{ $id } is between #{ $connector } and #{ $mentee }: name one of them as the person who did not come.
intake-cannot-settle = Meeting #{ $id } cannot be settled: it has not taken place.
intake-settled = Meeting #{ $id } is now recorded as { $status }.
intake-disputes = Disputed meetings (settle 7 held, or settle 7 no-show 12):
    { $lines }
intake-disputes-none = No disputed meetings.
intake-not-paused = { $name } (#{ $id }) is not paused.
intake-paused = Paused (lift and the number to lift it):
    { $lines }
intake-paused-none = Nobody is paused.
intake-paused-line = #{ $id } { $name }
intake-not-a-mentee = Number { $id } is not an approved newcomer.
intake-not-a-connector = Number { $id } is not an approved connector.
intake-introduced-mentee = A coordinator introduces you to { $name } ({ $profession }).{ $note ->
    [none] {""}
   *[other] {" "}Note: { $note }.
}{ $slots ->
    [0] {" "}They have no open time right now; look for them later under Find a connector.
   *[other] {" "}Pick a time to meet:
}
intake-introduced-connector = A coordinator introduces you to { $name } ({ $profession }), who may ask for one of your times.{ $note ->
    [none] {""}
   *[other] {" "}Note: { $note }
}
intake-introduced = { $mentee } and { $connector } are introduced; { $slots ->
    [0] the connector has no open time yet.
    [one] { $mentee } was offered one time.
   *[other] { $mentee } was offered { $slots } times.
}
intake-role-removed = A coordinator took away your role: { $role }. Type menu to see what you can do.
intake-settled-told = { $outcome ->
    [held] The programme team recorded your meeting with { $name } ({ $when }) as held. Thank you!
    [you] The programme team recorded that you missed your meeting with { $name } ({ $when }). If that is wrong, please tell the programme team.
   *[other] The programme team recorded that { $name } missed your meeting ({ $when }). Thank you for letting us know.
}
