remind-before = { $hours ->
    [1] In one hour: { $name }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}({ $where })
        }. Still on?
   *[other] Tomorrow: { $name }, { $when }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}({ $where })
        }. Still on?
}
remind-coming = Yes, I'll be there
remind-other-time = I need another time
remind-did-you-meet = { $channel ->
    [sms] Did you meet { $name } ({ $when })? To say yes and how useful it was (1 to 5) at once, reply e.g. YES 5
   *[other] Did you meet { $name } ({ $when })?
}
remind-request-waiting = Reminder: { $name } is still waiting for your answer.
remind-request-expired = { $name } did not answer your request in time ({ $when }), so it has expired.
remind-request-expired-connector = { $name }'s request ({ $when }) expired without an answer; the time is open again.
remind-stalled = Hello { $name }! It has been a while. A 30-minute chat with someone in your field can open doors. Shall we find someone?
remind-digest = Weekly digest: { $stalled ->
    [0] no newcomer has gone quiet.
    [one] 1 newcomer has been quiet for 3 weeks ({ $names }).
   *[other] { $stalled } newcomers have been quiet for 3 weeks ({ $names }).
} { $upcoming ->
    [0] No Connector meeting this week.
    [one] 1 Connector meeting this week:
   *[other] { $upcoming }{ $more ->
            [yes] + Connector meetings
           *[other] {""} Connector meetings
        } this week:
}
remind-digest-meeting = { $when }: { $connector } with { $mentee }
remind-not-understood = Sorry, I didn't understand. { $question ->
    [met] Did you meet { $name } ({ $when })?
   *[other] Still on with { $name } ({ $when })?
}
