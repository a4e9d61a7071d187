pairing-match-about = Propose a mentee and a mentor to each other
pairing-match-usage = Type match, the mentee's number, then the mentor's number, for example: match 12 34
pairing-suggest-about = The five best mentors for a mentee
pairing-suggest-usage = Type suggest and the mentee's number, for example: suggest 12
pairing-unknown = Nobody has the number { $id }.
pairing-match-same = A person cannot be their own mentor.
pairing-not-member-mentee = #{ $id } { $name } is not a mentee of a mentorship programme yet. They apply from the menu (Join the mentoring programme); you confirm them with approve { $id }.
pairing-not-member-mentor = #{ $id } { $name } is not a mentor of the { $programme } yet. They apply from the menu as a mentor; you confirm them with approve { $id }.
pairing-not-oriented = #{ $id } { $name } has not been through the orientation yet. They start it from the menu, or you record one they attended: oriented { $id }
pairing-not-active = #{ $id } { $name } is paused or has left, so they cannot be matched now.
pairing-match-exists = These two already have a match in progress.
pairing-match-sent = Match #{ $id } proposed: { $mentee } with { $name }. Both have 7 days to answer; I will tell you what they say.
pairing-proposed-mentee = { $channel ->
    [sms] Proposed mentor: { $name }, { $profession }, { $city } ({ $languages }). Accept them as your mentor? Please answer within 7 days.
   *[other] The { $programme } proposes a mentor for you: { $name }, { $profession }, { $city } (speaks { $languages }). Would you like { $name } as your mentor? Please answer within 7 days.
    }
pairing-proposed-mentor = { $channel ->
    [sms] Proposed mentee: { $name }, { $profession }, { $city } ({ $languages }). Would you mentor them? Please answer within 7 days.
   *[other] The { $programme } proposes a mentee for you: { $name }, { $profession }, { $city } (speaks { $languages }). Would you mentor { $name }? Please answer within 7 days.
    }
pairing-which = { $answer ->
    [yes] Yes to which proposal?
   *[other] No to which proposal?
}
pairing-which-item = { $name } (match #{ $id })
pairing-accept = Yes, I accept
pairing-decline = No, thank you
pairing-proposal-closed = This proposal is no longer open. The coordinator will be in touch if anything changes.
pairing-accepted-waiting = Thank you! Now we wait for { $name } to answer. I will tell you as soon as they do.
pairing-both-accepted = Good news: you and { $name } both said yes. First, set out your goals and when you usually meet; { $name } then confirms.
pairing-introduced-about = Record the introduction meeting of a pair who both said yes; their agreement opens
pairing-introduced-usage = Type introduced and the match's number, for example: introduced #3 (or introduced #3 no, when the match should not go ahead)
pairing-introduced-none = Match #{ $id } is not waiting for an introduction meeting (both must have said yes, in a programme that has one).
pairing-introduced = Introduction recorded for match #{ $id }: { $mentee } now sets out the agreement, and { $name } confirms it.
pairing-coordinator-introduce = Match #{ $id }: { $mentee } and { $name } both said yes. Set up the introduction meeting with both of them; once it is held, type: introduced #{ $id }
pairing-introduction-wait = { $side ->
    [mentee] Good news: you and { $name } both said yes. The programme staff will set up a short introduction meeting with the two of you; after it, you set out your agreement here.
   *[mentor] Good news: you and { $name } both said yes. The programme staff will set up a short introduction meeting with the two of you; after it, { $name } sets out the agreement here and you confirm it.
}
pairing-introduced-mentee = Your introduction meeting with { $name } is recorded. Now set out your goals and when you usually meet; { $name } then confirms.
pairing-introduced-mentor = Your introduction meeting with { $name } is recorded. { $name } will now set out their goals and a usual meeting time, and I will ask you to confirm.
pairing-introduced-ended = Match #{ $id } of { $mentee } with { $name } does not go ahead after the introduction; both were told. Suggest another mentor with: suggest and the mentee's number.
pairing-introduction-ended = After the introduction meeting, the match with { $name } does not go ahead. Thank you for your time; the coordination will be in touch.
pairing-coordinator-accepted = Match #{ $id }: { $mentee } and { $name } both accepted.
pairing-ask-reason = Noted: this match will not go ahead. May I ask why? Pick a reason or type a few words, if you like. Only the coordinator will see it.
pairing-reason-no-time = I do not have the time now
pairing-reason-not-fit = Not the right fit for me
pairing-reason-asked = they were asked why; their answer follows if they give one
pairing-coordinator-reason = Match #{ $id }: { $name }'s reason for saying no: { $reason }
pairing-reason-none = I prefer not to say
pairing-reason-invalid = Please pick a reason or type a few words (up to 200 characters).
pairing-reason-help = Your answer helps the coordinator propose a better match. Only they will see it.
pairing-declined-thanks = Thank you for answering. The coordinator will be in touch.
pairing-other-declined = The proposed mentorship with { $name } will not go ahead. The coordinator will be in touch.
pairing-side-mentee = the newcomer
pairing-side-mentor = the mentor
pairing-coordinator-declined = Match #{ $id } of { $mentee } with { $name } was declined by { $who }. Reason: { $reason }
pairing-coordinator-expired = Match #{ $id } of { $mentee } with { $name } lapsed: no answer within 7 days from { $names }.
pairing-expired = The proposed mentorship with { $name } has lapsed without an answer. The coordinator will be in touch.
pairing-suggest-title = { $count ->
    [one] The best mentor for { $name }:
   *[other] The { $count } best mentors for { $name }:
    }
pairing-suggest-item = { $channel ->
    [sms] #{ $id } { $name }, { $profession }, { $city }: { $reasons }
   *[other] #{ $id } { $name }, { $profession }, { $city } (room for { $count }):
        { $reasons }
    }
pairing-suggest-none = No mentor can be suggested for { $name } now: nobody has room, or there are no mentors yet.
pairing-suggest-pick = Propose one of them to { $name }?
pairing-suggest-match = { $name }
pairing-reason-french = speaks French, as asked
pairing-reason-same-sector = same sector
pairing-reason-close-profession = close profession
pairing-reason-objective = fits the career objective
pairing-reason-shared-language = a language in common
pairing-reason-same-city = same city
pairing-reason-same-region = same region
pairing-reason-same-employer = works for the employer
pairing-reason-nothing = has room to mentor
pairing-both-accepted-mentor = Good news: you and { $name } both said yes. { $name } will now set out their goals and a usual meeting time, and I will ask you to confirm.
pairing-agreement-start = Set out our agreement
pairing-ask-goal = { $count ->
    [1] Goal 1 of 3: what would you like to reach with your mentor? In a few words, for example: practise job interviews.
   *[other] Goal { $count } of 3? Type it, or pick "That's all".
    }
pairing-goals-done = That's all
pairing-goal-invalid = Please type your goal in a few words (3 to 80 characters).
pairing-goal-help = A goal is what you want to reach by the end, in a few words: practise interviews, understand my field in Canada, build a network.
pairing-ask-day = Which day of the week will you usually meet?
pairing-weekday-0 = Monday
pairing-weekday-1 = Tuesday
pairing-weekday-2 = Wednesday
pairing-weekday-3 = Thursday
pairing-weekday-4 = Friday
pairing-weekday-5 = Saturday
pairing-weekday-6 = Sunday
pairing-day-invalid = Please pick a day of the week.
pairing-day-help = The day you will usually meet. You can always meet on another day when needed.
pairing-ask-time = At what time, usually? Pick one, or type it (e.g. 18:30).
pairing-time-help = Your usual meeting time, in your own time zone, for example 18:30 or 6:30pm.
pairing-ask-format = How will you usually meet?
pairing-format-help = In person, by phone or by video: the way you will meet most weeks.
pairing-goal-line = { $count }. { $text }
pairing-agreement-summary = Your agreement with { $name }: { $count ->
        [1] one goal
       *[other] { $count } goals
    }, and you usually meet on { $day } at { $time }, { $format }. Send it to { $name } to confirm?
pairing-agreement-send = Send it
pairing-confirm-invalid = Please pick "Send it", or go back to change something.
pairing-confirm-help = Once sent, your mentor reads it and confirms, or asks for a change.
pairing-agreement-sent = Sent. I will tell you when { $name } confirms.
pairing-agreement-goals = Goals set out by { $name }:
    { $goals }
pairing-agreement-review = Usually on { $day } at { $time }, { $format }. Do you agree with this agreement?
pairing-agreement-ok = Yes, I agree
pairing-agreement-change = Ask for a change
pairing-started = Your mentorship with { $name } has started: from { $start } to { $end }, aiming for { $hours } hours of meetings. { $as_mentor ->
    [yes] Each week I will ask { $name } whether you met; each month you both get a short check-in.
   *[other] Each week I will ask whether you met, and each month how it is going.
}
pairing-coordinator-started = Match #{ $id }: { $mentee } and { $name } agreed; the mentorship runs until { $end }.
pairing-ask-change = What would you like to change? Write it in a few words for the newcomer.
pairing-change-invalid = Please say what to change in a few words (3 to 200 characters).
pairing-change-help = For example: could we meet on Thursdays instead? Your words go to the newcomer.
pairing-change-asked = { $name } would like a change to your agreement: "{ $note }"
pairing-agreement-again = Set it out again
pairing-change-sent = Sent to { $name }. You will get the new agreement to confirm.
