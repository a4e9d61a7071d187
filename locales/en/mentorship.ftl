mentorship-menu-join = Join the mentoring programme
mentorship-menu-refer = Refer a client to mentoring
mentorship-command-refer = Give a client a code to join a mentoring programme
mentorship-refer-usage = Type refer alone, or refer and a programme's id, for example: refer career
mentorship-refer-unknown = There is no mentoring programme by that id. The programmes: { $programmes }.
mentorship-refer-code = Code for your client: { $code } ({ $programme }). On Telegram they open { $link } and by SMS they text JOIN { $code } to this number. It works once. We will tell you when they are accepted or referred back.
mentorship-code-used = This code has been used already. Ask your agency for a new one, or type menu.
mentorship-agency-client-joined = Your client { $name } (#{ $id }) used code { $code } and is answering the { $programme } questions.
mentorship-referred-by = { $agency } referred you to the { $programme }. A few questions check that it fits you now.
mentorship-none = There is no mentoring programme to join right now.
mentorship-ask-programme = Which programme would you like to join?
mentorship-programme-label = { $programme }
mentorship-programme-invalid = Please choose one of the programmes listed.
mentorship-programme-help = Each programme pairs a newcomer with an established professional for regular meetings over a few months.
mentorship-ask-role = Would you like a mentor, or to be one?
mentorship-join-as-mentee = I want a mentor
mentorship-join-as-mentor = I want to mentor
mentorship-role-invalid = Please choose one of the two options.
mentorship-role-help = Mentees are newcomers looking for work in their field. Mentors are professionals working here who guide a newcomer.
mentorship-intake-start = A few questions for the { $programme }. Type back to change an answer, or menu to stop; your answers are kept.
mentorship-where = { $programme }, as { $role }: { $status }
mentorship-role-mentee = mentee
mentorship-role-mentor = mentor
mentorship-status-is-intake = answering the questions
mentorship-status-is-waiting = a coordinator is checking your answers
mentorship-status-is-eligible = accepted
mentorship-status-is-ineligible = referred back for now
mentorship-status-is-active = matched
mentorship-status-is-closed = ended
mentorship-ask-status = What is your immigration status in Canada?
mentorship-status-pr = Permanent resident
mentorship-status-refugee = Protected person or refugee
mentorship-status-other = Other
mentorship-status-unasked = -
mentorship-status-invalid = Please choose one of the statuses listed.
mentorship-status-help = The programme is for permanent residents and protected persons (convention refugees). Other statuses are welcome to ask about other programmes.
mentorship-ask-education = Did you earn your degree, diploma or professional certification outside Canada?
mentorship-education-help = The programme helps internationally educated professionals find work in their field.
mentorship-yes-no-invalid = Please answer yes or no.
mentorship-ask-credential = What is the highest credential you earned?
mentorship-credential-college = College diploma
mentorship-credential-bachelor = Bachelor's degree
mentorship-credential-master = Master's degree
mentorship-credential-doctorate = Doctorate
mentorship-credential-certificate = Professional certificate
mentorship-credential-other = Other
mentorship-credential-unasked = -
mentorship-credential-invalid = Please choose one of the credentials listed.
mentorship-credential-help = Choose the highest one; a coordinator may ask for details later.
mentorship-ask-clb = { $channel ->
    [sms] What is your Canadian Language Benchmark (CLB) level in English or French? Type the number (1 to 12), or NONE if you were not assessed.
   *[other] What is your Canadian Language Benchmark (CLB) level in English or French? Type the number (1 to 12), or choose:
}
mentorship-clb-none = Not assessed
mentorship-clb-unassessed = not assessed
mentorship-clb-invalid = { $channel ->
    [sms] Type a CLB level from 1 to 12, for example 7, or NONE if you were not assessed.
   *[other] Type a CLB level from 1 to 12, for example 7, or choose Not assessed.
}
mentorship-clb-help = The CLB level comes from a language assessment. If you have different levels for each skill, type the lowest.
mentorship-ask-region = Do you live in { $region }?
mentorship-region-help = The programme serves people who live in { $region }.
mentorship-ask-workshop = Have you completed a Job Search Workshop or an equivalent?
mentorship-workshop-help = Employment agencies run job search workshops: the Canadian job market, resumes and interviews.
mentorship-ask-objective = In one line, what work are you looking for? For example: civil engineer in transportation.
mentorship-objective-invalid = Please describe the work you are looking for in one line (up to 100 characters).
mentorship-objective-help = Your mentor will work with you towards this objective.
mentorship-ask-resume = Is your resume ready for Canadian employers?
mentorship-resume-help = A resume written for Canadian employers; an employment agency can help you prepare one.
mentorship-ask-years = How many years have you worked in { $region }? Type a number, for example 5.
mentorship-years-invalid = Type the number of years, for example 5.
mentorship-years-help = Mentors need at least { $years } years of work experience in { $region }.
mentorship-ask-profession = What is your profession? Type it, or choose:
mentorship-profession-same = { $profession }
mentorship-profession-invalid = Please type your profession in a few words.
mentorship-profession-help = Mentees are matched with mentors in the same or a related field.
mentorship-ask-sector = In which field do you work?
mentorship-ask-networks = Which professional networks or associations are you part of? For example: PEO, IEEE Ottawa. Or choose:
mentorship-networks-none = None yet
mentorship-networks-invalid = Name your networks separated by commas, for example: PEO, IEEE Ottawa.
mentorship-networks-help = Mentors open their professional networks to their mentee.
mentorship-ask-languages = Which languages could you mentor in?
mentorship-ask-employer = Do you work for { $employer }?
mentorship-employer-help = In this programme, every mentor works for { $employer }.
mentorship-ask-commitment = The programme asks for meetings of at least { $minutes } minutes every week for { $weeks } weeks. Can you commit to that?
mentorship-commitment-help = Mentees count on regular meetings; the programme asks mentors to commit to its whole length.
mentorship-programme-gone = This programme is no longer offered. Type menu to see what you can do.
mentorship-case-waiting = New mentoring intake: #{ $id } { $name } for the { $programme }. Type pending to see the answers.
mentorship-submitted = Thank you! Your answers for the { $programme } are with a coordinator, who will confirm your place. You will hear back here.
mentorship-missing = Thank you! Your answers for the { $programme } are with a coordinator. { $count ->
    [one] One criterion is not met yet:
   *[other] { $count } criteria are not met yet:
}
mentorship-missing-status = Immigration status: the programme is for permanent residents and protected persons. A settlement agency can tell you about programmes open to you.
mentorship-missing-education = Education abroad: the programme is for internationally educated professionals. An employment agency can suggest other support.
mentorship-missing-clb = Language: the programme asks for CLB { $level } or higher. A settlement agency can arrange a free assessment and language classes.
mentorship-missing-region = Region: the programme serves people who live in its region. An agency near you can suggest one where you live.
mentorship-missing-workshop = Job Search Workshop: complete one, or an equivalent. Employment agencies offer them free.
mentorship-missing-resume = Resume: an employment agency can help you prepare one for Canadian employers.
mentorship-missing-years = Experience: mentors need at least { $years } years of work in the region.
mentorship-missing-networks = Networks: mentors bring contacts in employment and professional networks.
mentorship-missing-employer = Employer: every mentor in this programme works for { $employer }.
mentorship-missing-commitment = Time: mentors commit to meetings of at least { $minutes } minutes every week for { $weeks } weeks.
mentorship-missing-next = This is not a dead end: a coordinator will look at your answers with you. { $as_mentor ->
    [yes] They will tell you what the programme needs of its mentors.
   *[other] { $agency ->
        [none] An immigrant or employment agency can help you prepare in the meantime.
       *[other] { $agency }, who referred you, can help you prepare in the meantime.
    }
}
mentorship-you-are-eligible = Good news, { $name }: a coordinator confirmed your place in the { $programme }. Next come the orientation and a match; you will hear from us here.
mentorship-agency-accepted = Your client { $name } (#{ $id }) is accepted into the { $programme }.
mentorship-approved = { $name } (#{ $id }) is accepted into the { $programme } and has been told.
mentorship-you-are-referred-back = Your mentoring application is not accepted for now. Reason: { $reason }. { $agency ->
    [none] { $contact ->
        [none] Reply here to talk about it.
       *[other] To talk about it: { $contact }.
    }
   *[other] { $agency } can help you prepare.
} You can apply again later.
mentorship-reply-from-referred-back = #{ $id } { $name }, referred back from the mentorship programme, writes: "{ $text }"
mentorship-reply-passed-on = Thank you. I passed your message on to the programme's coordinators; they will answer you here.
mentorship-agency-referred-back = Your client { $name } (#{ $id }) is referred back from the { $programme }. The reason: { $reason }
mentorship-rejected = { $name } (#{ $id }) is referred back from the { $programme } and has been told, with your reason.
mentorship-answer-yes = yes
mentorship-answer-no = no
mentorship-answer-unasked = -
mentorship-case = #{ $id } { $name }, { $role }, { $programme }. Agency: { $agency ->
    [none] none
   *[other] { $agency }
}
mentorship-case-mentee = { $channel ->
    [sms] { $status }. Abroad: { $educated } ({ $credential }). CLB { $level }. Region { $region }. Workshop { $workshop }. CV { $resume }. Goal: { $objective }
   *[other] Status: { $status }. Educated abroad: { $educated } ({ $credential }). CLB: { $level }. In region: { $region }. Workshop: { $workshop }. Resume: { $resume }. Goal: { $objective }
}
mentorship-case-mentor = Years in region: { $years }. { $profession }, { $sector }. Networks: { $networks }. Languages: { $languages }. Employer: { $employer }. Commitment: { $commitment }
mentorship-case-missing = Missing: { $criteria }
mentorship-criterion-status = { $channel ->
    [sms] status
   *[other] immigration status
}
mentorship-criterion-education = { $channel ->
    [sms] education
   *[other] education abroad
}
mentorship-criterion-clb = { $channel ->
    [sms] CLB
   *[other] language level
}
mentorship-criterion-region = { $channel ->
    [sms] region
   *[other] living in the region
}
mentorship-criterion-workshop = { $channel ->
    [sms] workshop
   *[other] job search workshop
}
mentorship-criterion-resume = { $channel ->
    [sms] CV
   *[other] resume ready
}
mentorship-criterion-years = { $channel ->
    [sms] years
   *[other] years of experience
}
mentorship-criterion-networks = { $channel ->
    [sms] networks
   *[other] professional networks
}
mentorship-criterion-employer = { $channel ->
    [sms] employer
   *[other] the host employer
}
mentorship-criterion-commitment = { $channel ->
    [sms] time
   *[other] time commitment
}
mentorship-pending = { $channel ->
    [sms] Waiting (approve or reject and the number):
   *[other] Mentoring intake to confirm (approve or reject and the number):
}
    { $lines }
mentorship-pending-none = No more mentoring intake is waiting.

## Orientation: what the programme expects, then a three-question check (or /oriented).
mentorship-command-oriented = Record that a person attended an orientation
mentorship-command-workshop = Record a mentoring workshop session a mentor attended
mentorship-workshop-usage = Type workshop and the mentor's number, for example: workshop 12
mentorship-workshop-none = #{ $id } is no accepted mentor: a mentor is approved first (approve and the number).
mentorship-workshop-recorded = Workshop session { $count } of { $of } recorded for #{ $id } { $name } ({ $programme }).
mentorship-workshop-full = #{ $id } { $name } has every workshop session recorded already ({ $of } of { $of }, { $programme }).
mentorship-workshop-told = A coordinator recorded your mentoring workshop session ({ $count } of { $of }) for the { $programme }. Thank you!
mentorship-oriented-usage = Type oriented and the person's number, for example: oriented 12
mentorship-oriented-none = #{ $id } has no place waiting for an orientation. A person is confirmed with approve first.
mentorship-oriented-mentee = Orientation recorded for #{ $id } { $name } ({ $programme }). They can now be matched: suggest { $id }
mentorship-oriented-mentor = Orientation recorded for #{ $id } { $name } ({ $programme }). They will now be among the mentors suggested.
mentorship-orient-recorded = A coordinator recorded your orientation for the { $programme }. You can now be matched; you will hear from us here.
mentorship-status-is-oriented = ready to be matched
mentorship-orient-start = Start the orientation
mentorship-orient-expectations = { $channel ->
    [sms] Orientation: meet { $every }, { $minutes } min or more, for { $weeks } weeks (about { $hours } h in all). What you share stays between you two and the coordinator. Can't make a meeting? Tell the other person as soon as you can. Then 3 short questions.
   *[other] Orientation for the { $programme }. What it asks of you: meet { $every } for at least { $minutes } minutes, for { $weeks } weeks, about { $hours } hours in all. What you share stays between you two and the coordinator. If a meeting cannot happen, tell the other person as soon as you can. Three short questions follow.
    }
mentorship-orient-read = I have read it
mentorship-orient-read-help = Answer yes when you have read it, and the three questions follow.
mentorship-orient-ask-often = Question 1 of 3: how often do you meet?
mentorship-orient-often-week = Every week
mentorship-orient-often-two-weeks = Every two weeks
mentorship-orient-often-month = Once a month
mentorship-every-week = every week
mentorship-every-two-weeks = every two weeks
mentorship-every-month = once a month
mentorship-every-once = once
mentorship-orient-pick-help = Pick one of the answers (by SMS, its number).
mentorship-orient-wrong-often = Not quite: in this programme you meet { $every }. Try again.
mentorship-orient-ask-length = Question 2 of 3: how long does the mentorship last?
mentorship-orient-length-right = { $weeks } weeks, about { $hours } hours in all
mentorship-orient-length-short = 2 weeks, one meeting
mentorship-orient-length-year = A year, with no set hours
mentorship-orient-wrong-length = Not quite: it lasts { $weeks } weeks, about { $hours } hours in all. Try again.
mentorship-orient-ask-absent = Question 3 of 3: you cannot come to a meeting. What do you do?
mentorship-orient-absent-tell = Tell the other person as soon as I can, and agree on a new time
mentorship-orient-absent-skip = Nothing; we meet the next week
mentorship-orient-absent-later = Tell the coordinator at the end
mentorship-orient-wrong-absent = Not quite: tell the other person as soon as you can, and agree together on a new time. Try again.
mentorship-orient-done = Well done: your orientation for the { $programme } is complete. A coordinator will now look for your match; you will hear from us here.
mentorship-orient-already = Your orientation for the { $programme } is already done, or not open yet.
