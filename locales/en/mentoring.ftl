# Mentoring: weekly logs, My mentorship, closing, the final evaluation and the certificate.
# Logged time is $hours and $minutes (whole numbers) against $target hours.
mentoring-menu = My mentorship
mentoring-close-about = Close a mentorship (a mentee's number, or # and the match number)
mentoring-close-usage = Type close and the mentee's number (or # and the match number), then withdrawn if they left the programme, or completed to award the certificate early. For example: close 12, close #3 withdrawn, close 12 completed
mentoring-week-ask = { $channel ->
    [sms] Week { $week }: did you meet { $name }? If so, add how long: 1 1h30
   *[other] Week { $week } of your mentorship: did you meet your mentor { $name } this week? You can also type yes and how long: yes 1h30
    }
mentoring-week-again = { $channel ->
    [sms] Sorry, I didn't understand. Week { $week }: did you meet { $name } this week?
   *[other] Sorry, I didn't understand. Week { $week } of your mentorship: did you meet your mentor { $name } this week?
    }
mentoring-which = You mentor { $count } people now. Which mentorship?
mentoring-which-item = { $name } (match #{ $id })
mentoring-week-yes = Yes, in person
mentoring-week-remote = Yes, by phone or video
mentoring-week-no = No, not this week
mentoring-week-closed = That week's question is closed. I will ask again next week.
mentoring-week-noted-no = Noted, thank you. I will ask again next week.
mentoring-ask-duration = How long did you meet? Pick one, or type it (for example 1h30 or 45 min).
mentoring-duration = { $minutes ->
    [0] { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
        }
   *[other] { $hours ->
        [0] { $minutes } minutes
       *[other] { $hours } h { $minutes }
        }
    }
mentoring-duration-invalid = Please pick a duration, or type it like 1h30, 90 min or 2 hours (5 minutes to 10 hours).
mentoring-duration-help = How long the meeting lasted, all together. It counts towards the programme's hours.
mentoring-ask-topics = { $channel ->
    [sms] What did you work on? One number or several (e.g. 2 4).
   *[other] { $count ->
        [0] What did you work on? Pick one; you can add more after.
       *[other] Anything else? Pick another, or "That's all".
    }
}
mentoring-topic-resume = Résumé
mentoring-topic-interview = Interview practice
mentoring-topic-networking = Networking
mentoring-topic-research = Labour-market research
mentoring-topic-other = Something else
mentoring-topics-done = That's all
mentoring-topics-invalid = Please pick one of the options, or several numbers (e.g. 2 4).
mentoring-topics-help = { $channel ->
    [sms] What you and your mentor worked on this week: one number, or several in one reply (e.g. 2 4).
   *[other] What you and your mentor worked on this week; pick as many as apply, then "That's all".
}
mentoring-week-logged = Logged, thank you: { $topics }{ $extra ->
    [0] {""}
   *[other] {" "}and { $extra } more
    }. So far: { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } of { $target } hours.
mentoring-coordinator-missed = Match #{ $id }: { $mentee } has not met { $name } for two weeks in a row (up to week { $week }).
mentoring-closed = Your mentorship with { $name } is now closed ({ $reason }). Time logged: { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } of { $target } hours. Thank you!
mentoring-reason-planned = its planned end
mentoring-reason-mutual = by agreement
mentoring-reason-coordinator = closed by the coordinator
mentoring-reason-completed = completed, as the coordinator decided
mentoring-reason-withdrawn = withdrawn from the programme
mentoring-evaluate-invite = One last thing: a short final evaluation (4 questions) helps the programme.
mentoring-evaluate-start = Start the evaluation
mentoring-coordinator-closed = Match #{ $id } of { $mentee } with { $name } is closed ({ $reason }): { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } of { $target } hours logged.
mentoring-end-soon = Your mentorship with { $name } ends on { $end }. Close it then as planned, or extend it?
mentoring-close-as-planned = Close as planned
mentoring-extend-by = Extend by { $weeks } weeks
mentoring-plan-noted = Noted: your mentorship closes on { $end }.
mentoring-not-active = This mentorship is no longer active.
mentoring-extend-asked = { $name } would like to extend your mentorship by { $weeks } weeks, to { $end }. Do you agree?
mentoring-extend-agree = Yes, extend
mentoring-extend-refuse = No, close as planned
mentoring-extend-sent = I asked { $name } to extend by { $weeks } weeks. I will tell you what they say.
mentoring-extend-none = There is no extension waiting for your answer.
mentoring-extended = Your mentorship is extended by { $weeks } weeks: it now ends on { $end }.
mentoring-coordinator-extended = Match #{ $id } of { $mentee } with { $name } is extended by { $weeks } weeks, to { $end }.
mentoring-extend-refused = { $name } prefers to close as planned, on { $end }.
mentoring-end-asked = { $name } would like to close your mentorship now. Do you agree?
mentoring-end-agree = Yes, close it now
mentoring-end-refuse = No, let's go on
mentoring-end-sent = I asked { $name } to confirm. I will tell you what they say.
mentoring-end-none = There is no request to close waiting for your answer.
mentoring-end-refused = { $name } would rather go on with the mentorship.
mentoring-end-kept = Noted: the mentorship goes on.
mentoring-end-now = Close my mentorship now
mentoring-close-none = Nobody numbered { $id } has an active mentorship.
mentoring-close-done = Match #{ $id } of { $mentee } with { $name } is closed ({ $reason }). Both have been told.
mentoring-certificate = { $channel ->
    [sms] { $completed ->
        [yes] Your certificate of completion is ready. Choose My mentorship in the menu to get it.
       *[no] Your letter of participation is ready. Choose My mentorship in the menu to get it.
    }
   *[other] { $completed ->
        [yes] Here is your certificate of completion. Congratulations!
       *[no] Here is your letter of participation, with the weeks and hours of your mentorship. Thank you for taking part.
    }
}
mentoring-certificate-link = { $completed ->
    [yes] Your certificate of completion (PDF): { $url }
   *[no] Your letter of participation (PDF): { $url }
}
mentoring-certificate-by-coordinator = { $completed ->
    [yes] Your certificate of completion is ready; the coordinator will send it to you.
   *[no] Your letter of participation is ready; the coordinator will send it to you.
}
mentoring-coordinator-certificate = Please send the { $completed ->
        [yes] certificate of completion
       *[no] letter of participation ({ $weeks ->
            [0] under a week
            [one] 1 week
           *[other] { $weeks } weeks
        })
    } to { $mentee } (match #{ $id } with { $name }): { $start } to { $end }, { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    }. They read by SMS.
mentoring-certificate-none = There is no certificate or letter for this mentorship: it was closed as a withdrawal.
mentoring-certificate-again = Get my certificate or letter
mentoring-not-closed = This mentorship is not closed yet.
mentoring-evaluation-given = You have already given your evaluation. Thank you!
mentoring-ask-rating = Overall, how was your mentorship, from 1 (very poor) to 5 (excellent)?
mentoring-rating-5 = Excellent
mentoring-rating-4 = Good
mentoring-rating-3 = Fair
mentoring-rating-2 = Poor
mentoring-rating-1 = Very poor
mentoring-rating-invalid = Please pick a rating from 1 to 5.
mentoring-rating-help = 5 is excellent, 1 is very poor.
mentoring-ask-helped = { $channel ->
    [sms] What helped most? One number or several (e.g. 2 4).
   *[other] { $count ->
        [0] What helped most? Pick one; you can add more after.
       *[other] Anything else that helped? Pick another, or "That's all".
    }
}
mentoring-helped-advice = Advice on my career
mentoring-helped-contacts = Contacts and introductions
mentoring-helped-resume = Help with my résumé
mentoring-helped-interview = Interview practice
mentoring-helped-confidence = Confidence
mentoring-ask-helped-mentor = { $channel ->
    [sms] What helped the mentorship most? One number or several (e.g. 2 4).
   *[other] { $count ->
        [0] What helped the mentorship most? Pick one; you can add more after.
       *[other] Anything else that helped? Pick another, or "That's all".
    }
}
mentoring-helped-mentor-advice = The career advice I gave
mentoring-helped-mentor-contacts = Contacts and introductions
mentoring-helped-mentor-resume = Work on the résumé
mentoring-helped-mentor-interview = Interview practice
mentoring-helped-mentor-confidence = Their growing confidence
mentoring-helped-invalid = Please pick one of the options, or several numbers (e.g. 2 4).
mentoring-helped-help = { $channel ->
    [sms] One number, or several in one reply (e.g. 2 4).
   *[other] Pick as many as apply, then "That's all".
}
mentoring-ask-recommend = Would you recommend the programme to others?
mentoring-recommend-yes = Yes
mentoring-recommend-no = No
mentoring-recommend-invalid = Please answer yes or no.
mentoring-recommend-help = Your answer helps the programme improve.
mentoring-ask-comment = Anything you would like the coordinator to know? Type it, or skip.
mentoring-comment-skip = Skip
mentoring-comment-invalid = Please type a few words (up to 300 characters), or skip.
mentoring-comment-help = Only the coordinator reads it.
mentoring-coordinator-low = Match #{ $id } of { $mentee } with { $name }: { $who } rated the mentorship { $rating } out of 5. Comment: { $comment }
mentoring-coordinator-comment = Match #{ $id } of { $mentee } with { $name }: { $who } rated it { $rating } out of 5 and wrote: { $comment }
mentoring-evaluation-thanks = Thank you for your evaluation!
mentoring-none = You have no mentorship yet. The coordinator will propose one.
mentoring-partner-mentee = Your mentor
mentoring-partner-mentor = Your mentee
mentoring-summary = { $side }: { $name }. { $closed ->
    [yes] From { $start } to { $end } (closed).
   *[other] From { $start } to { $end }.
    } Time logged: { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } of { $target } hours, { $in_minutes ->
    [0] { $in_hours } h
   *[other] { $in_hours } h { $in_minutes }
    } of it in person.
mentoring-weeks-show = Week by week
mentoring-weeks = { $scope ->
    [all] Week by week:
   *[last] The last { $shown } weeks:
    }
    { $weeks }
mentoring-weeks-line = { $channel ->
    [sms] { $week }: { $outcome ->
        [met] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes }
        }{ $mode ->
            [face] {" in person"}
            [remote] {" remote"}
           *[other] {""}
        }
        [not-met] not met
        [missed] no answer
       *[other] waiting
    }
   *[other] Week { $week }: { $outcome ->
        [met] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes }
        }{ $mode ->
            [face] {" in person"}
            [remote] {" by phone or video"}
           *[other] {""}
        }{ $has_topic ->
            [yes] , { $topic }{ $extra ->
                [0] {""}
               *[other] {" "}+{ $extra }
            }
           *[no] {""}
        }
        [not-met] not met
        [missed] no answer
       *[other] waiting for the answer
    }
}
mentoring-summary-usual = You usually meet on { $day } at { $time }, { $format }.
mentoring-summary-goals = { $count ->
    [one] Goal:
   *[other] Goals:
    }
    { $goals }
mentoring-goal-line = - { $text }
mentoring-other-gone = { $name } can no longer receive messages from the programme, so your mentorship is paused: no weekly or monthly questions for now. The coordinator will be in touch.
mentoring-coordinator-gone = { $departed } can no longer be reached (opted out, or blocked the bot): match #{ $id } of { $mentee } with { $name } is paused, and the other side was told. To end it: close { $number } withdrawn
mentoring-numbers = { $channel ->
    [sms] Mentorship since the start: { $applied } mentees applied ({ $by_agency } via agencies), { $eligible } eligible, { $oriented } oriented, { $matched } matched, { $running } running. Ended { $ended }: { $completions } completed, { $participations } took part, { $withdrawals } withdrew ({ $rate }% completion). Hours { $hours }/{ $target } ({ $share }%).
   *[other] Mentorship programmes since the start:
        Mentees who applied: { $applied } (referred by an agency: { $by_agency })
        Found eligible: { $eligible }; oriented: { $oriented }; matched: { $matched }
        Mentorships running now: { $running }
        Ended: { $ended } (completed { $completions }, took part { $participations }, withdrawn { $withdrawals }); completion rate { $rate }%
        Time logged: { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes }
        } of { $target } hours aimed at ({ $share }%), { $in_person } h of it face to face
}
mentoring-numbers-said = { $channel ->
    [sms] Mentors: { $mentors } in all, { $mentors_now } now, { $trained } trained. Mentees { $mentee_evaluations ->
        [0] not evaluated yet
       *[other] rate it { $mentee_whole }.{ $mentee_tenths }/5 ({ $mentee_evaluations }), { $mentee_recommend }% would recommend
    }; mentors { $mentor_evaluations ->
        [0] not yet
       *[other] { $mentor_whole }.{ $mentor_tenths }/5 ({ $mentor_evaluations }), { $mentor_recommend }%
    }. Agencies: { $agencies ->
        [none] none
       *[other] { $agencies }
    }
   *[other] Mentors taking part: { $mentors } in all, { $mentors_now } mentoring now; { $trained } attended the whole mentoring workshop
        Final evaluations by mentees: { $mentee_evaluations ->
            [0] none yet
           *[other] { $mentee_evaluations }, average { $mentee_whole }.{ $mentee_tenths }/5, would recommend { $mentee_recommend }%
        }
        By mentors: { $mentor_evaluations ->
            [0] none yet
           *[other] { $mentor_evaluations }, average { $mentor_whole }.{ $mentor_tenths }/5, would recommend { $mentor_recommend }%
        }
        Referrals by agency: { $agencies ->
            [none] none yet
           *[other] { $agencies }
        }
}
mentoring-numbers-agency = { $name } { $referred } ({ $eligible } eligible, { $matched } matched)
mentoring-col-agency = referred by agency
mentoring-col-mentor = mentor
mentoring-col-started = started
mentoring-col-ended = ended
mentoring-col-reason = close reason
mentoring-col-result = result
mentoring-col-minutes = minutes logged
mentoring-col-target = minutes aimed at
mentoring-col-mentee-rating = mentee rating
mentoring-col-mentee-recommend = mentee would recommend
mentoring-col-mentor-rating = mentor rating
mentoring-col-mentor-recommend = mentor would recommend
