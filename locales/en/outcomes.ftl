outcomes-menu-interview = I had an interview
outcomes-menu-event = I went to an event
outcomes-checkin-again = Sorry, I didn't understand. Your monthly check-in (month { $month }) of your mentorship with { $name } is waiting: a few quick questions.
outcomes-checkin-invite = { $channel ->
    [sms] Monthly check-in (month { $month }) of your mentorship with { $name }: 3 short questions.
   *[other] It is time for the monthly check-in of your mentorship with { $name } (month { $month }). Three short questions, and only the programme's coordinators see your answers.
    }
outcomes-checkin-start = Answer now
outcomes-checkin-already = You have already answered this check-in. Thank you!
outcomes-checkin-closed = This mentorship is no longer active, so there is no check-in to answer.
outcomes-checkin-satisfaction = How satisfied are you with the mentorship so far, from 1 (not at all) to 5 (very)?
outcomes-rating-1 = 1 - not at all
outcomes-rating-2 = 2
outcomes-rating-3 = 3
outcomes-rating-4 = 4
outcomes-rating-5 = 5 - very
outcomes-checkin-satisfaction-invalid = Please pick a number from 1 to 5.
outcomes-checkin-satisfaction-help = Your answer helps the coordinators support your mentorship. Only they see it.
outcomes-checkin-goal = Goal { $count }: { $text }. How far along is it?
outcomes-progress-none = Not started yet
outcomes-progress-some = Some progress
outcomes-progress-achieved = Achieved
outcomes-checkin-goal-invalid = Please pick one of the options.
outcomes-checkin-goal-help = The goals are the ones set in your mentorship agreement.
outcomes-checkin-concern = Is there anything the coordinator should know? Type it, or pick "Nothing to add".
outcomes-checkin-nothing = Nothing to add
outcomes-checkin-concern-invalid = Please type a few words (500 characters at most), or pick "Nothing to add".
outcomes-checkin-concern-help = Only the programme's coordinators read this. They may contact you about it.
outcomes-checkin-thanks = { $told ->
    [yes] Thank you for your check-in. I passed your answer on to the coordinator, who may get in touch.
   *[other] Thank you for your check-in!
    }
outcomes-checkin-alert = Check-in of match #{ $id } (month { $month }): { $name } ({ $who }) rated the mentorship { $rating }/5. Their words: { $note }
outcomes-interview-ask-name = Good for you! Which employer was the interview with?
outcomes-event-ask-name = Which event did you go to? For example: Engineers job fair.
outcomes-log-name-invalid = Please type the name (2 to 120 characters).
outcomes-log-name-help = The employer or the event, as you would tell a friend.
outcomes-log-ask-day = { $kind ->
    [interview] When was the interview? Pick one, or type the day, for example: 15 March.
   *[other] When was the event? Pick one, or type the day, for example: 15 March.
    }
outcomes-log-today = Today
outcomes-log-yesterday = Yesterday
outcomes-log-day-invalid = Please type a day in the past year, for example: yesterday, 15 March or 15/03.
outcomes-log-day-help = The day it happened: today, yesterday, or a date such as 15 March.
outcomes-log-ask-role = What was the role? Type it, or skip.
outcomes-log-skip = Skip
outcomes-log-role-invalid = Please type the role (2 to 80 characters), or skip.
outcomes-log-role-help = The job title, as in the offer. You may skip it.
outcomes-log-thanks = { $kind ->
    [interview] Interview noted. Good luck!
   *[other] Event noted. Thank you for telling us!
    }
outcomes-employment-question = { $again ->
    [yes] A gentle reminder: what is your work situation now? One number is enough.
   *[other] { $months ->
        [0] What is your work situation now?
       *[other] { $source ->
            [mentorship] Your mentorship ended { $months } months ago. What is your work situation now? Your answer helps the programme.
           *[other] It has been { $months } months since your first meeting in the programme. What is your work situation now?
        }
    }
}
outcomes-employment-ask = One last question: what is your work situation now?
outcomes-employment-field = Employed in my field
outcomes-employment-related = Employed in a related field
outcomes-employment-other = Employed in another field
outcomes-employment-studying = Studying
outcomes-employment-searching = Still searching
outcomes-employment-invalid = Please pick one of the options.
outcomes-employment-help = Your field is the work you did before coming to Canada. Only the coordinators see your answer.
outcomes-employment-role = Congratulations! What is the job? Type the title, or skip.
outcomes-employment-start = When did you start, or when do you start? Pick one, type the month (for example: 03/2027), or skip.
outcomes-employment-last-month = Last month
outcomes-employment-already = You have already answered this question. Thank you!
outcomes-employment-thanks = { $status ->
    [searching] Thank you. Keep going; the programme is here to help.
    [studying] Thank you, and good luck with your studies!
   *[other] Thank you, and congratulations!
    }
outcomes-period = { $channel ->
    [sms] Check-ins { $checkins } ({ $checkins_before }), alerts { $alerts } ({ $alerts_before }). Interviews { $interviews } ({ $interviews_before }), events { $events } ({ $events_before }).
   *[other] Monthly check-ins answered: { $checkins } ({ $checkins_before })
        Alerts to the coordinator: { $alerts } ({ $alerts_before })
        Interviews logged: { $interviews } ({ $interviews_before })
        Events logged: { $events } ({ $events_before })
}
outcomes-employment-numbers = { $channel ->
    [sms] Employment since the start, at closure/3/6/12 months: answered { $at_answered }; in field { $at_field }; related { $at_related }; other { $at_other }; studying { $at_studying }; searching { $at_searching }. { $people ->
        [0] Time to a job: none yet.
       *[other] Median time to a job: { $days } days ({ $people }).
    }
   *[other] Employment since the start (at closure / 3 / 6 / 12 months):
        Answered: { $at_answered }
        Employed in their field: { $at_field }
        In a related field: { $at_related }
        In another field: { $at_other }
        Studying: { $at_studying }
        Still searching: { $at_searching }
        { $people ->
            [0] Time to a job: no one employed yet.
            [one] Time to a job from the programme start: { $days } days (1 person).
           *[other] Median time to a job from the programme start: { $days } days ({ $people } people).
        }
}
outcomes-col-programme = programme
outcomes-col-months = months after
outcomes-col-started = programme start
outcomes-col-answered = answered
