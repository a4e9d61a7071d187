pairing-match-about = Propose a mentee and a mentor to each other
pairing-match-usage = Type match, the mentee's number, then the mentor's number, for example: match 12 34
pairing-suggest-about = The five best mentors for a mentee
pairing-suggest-usage = Type suggest and the mentee's number, for example: suggest 12
pairing-unknown = Nobody has the number { $id }.
pairing-match-same = A person cannot be their own mentor.
pairing-match-not-mentee = #{ $id } { $name } is not an active newcomer, so they cannot be matched as a mentee.
pairing-match-not-mentor = #{ $id } { $name } is not an active mentor or connector. Give them the mentor role first: grant { $id } mentor
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
pairing-accept = Yes, I accept
pairing-decline = No, thank you
pairing-proposal-closed = This proposal is no longer open. The coordinator will be in touch if anything changes.
pairing-accepted-waiting = Thank you! Now we wait for { $name } to answer. I will tell you as soon as they do.
pairing-both-accepted = Good news: you and { $name } both said yes. Your mentorship can begin.
pairing-coordinator-accepted = Match #{ $id }: { $mentee } and { $name } both accepted.
pairing-ask-reason = May I ask why? Pick a reason or type a few words. Only the coordinator will see it.
pairing-reason-no-time = I do not have the time now
pairing-reason-not-fit = Not the right fit for me
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
pairing-suggest-title = The { $count } best mentors for { $name }:
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
