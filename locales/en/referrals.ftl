referrals-menu-give = Give referrals
referrals-none-waiting = No meeting is waiting for referrals. After your next meeting, you can refer the newcomer to three people here.
referrals-ask-meeting = Which meeting are these referrals for?
referrals-meeting-item = { $mentee }, { $when }
referrals-meeting-invalid = Please pick one of the meetings listed.
referrals-meeting-help = Pick the newcomer you met. Each meeting can lead to three referrals.
referrals-ask-kind = Referral { $count } of 3 for { $mentee } ({ $profession }). Who is it?
referrals-kind-member = Someone in the programme
referrals-kind-invite = Invite someone new
referrals-kind-outside = A contact outside it
referrals-kind-done = That's all for now
referrals-kind-invalid = Please pick one of the options.
referrals-kind-help = Someone in the programme gets a request from the newcomer. Someone new gets an invitation to join. An outside contact's details go to the newcomer only.
referrals-ask-search = Type part of their name or profession, or look in the newcomer's field.
referrals-search-field = In { $sector }
referrals-search-invalid = Type at least two letters of a name or a profession.
referrals-search-help = For example: Marie, or engineer.
referrals-ask-member = Who should the newcomer meet?
referrals-member-none = Nobody in the programme matches. Try other words, or go back to invite them.
referrals-member-card = { $name }, { $profession }
referrals-search-again = Search again
referrals-member-invalid = Please pick someone from the list, or search again.
referrals-member-help = These are connectors in the programme. The newcomer can ask one of them for a time.
referrals-already-met = They have already met. Please refer someone new to them.
referrals-not-them = You cannot refer the newcomer to yourself or to themselves.
referrals-duplicate = { $name } was already referred to this newcomer, so it counts once.
referrals-invite-name = What is the name of the person you want to invite?
referrals-invite-name-invalid = Please type their name (2 to 80 characters).
referrals-invite-name-help = Their first and last name, as they would write it.
referrals-invite-profession = What does { $name } do?
referrals-invite-profession-invalid = Please type their profession (2 to 80 characters).
referrals-invite-profession-help = Their profession in a few words, for example: Project manager.
referrals-invite-contact = How do we reach { $name }? Type their mobile number, or their Telegram username (@name).
referrals-invite-contact-invalid = That is not a phone number or a Telegram username.
referrals-invite-contact-help = A mobile number such as 613-555-0100, or a Telegram username such as @marie_t.
referrals-outside-name = What is the name of your contact?
referrals-outside-name-invalid = Please type their name (2 to 80 characters).
referrals-outside-name-help = Their first and last name.
referrals-outside-position = What is { $name }'s role?
referrals-outside-position-invalid = Please type their role (2 to 80 characters).
referrals-outside-position-help = For example: HR manager.
referrals-outside-organisation = Where does { $name } work?
referrals-outside-organisation-invalid = Please type the organisation (2 to 80 characters).
referrals-outside-organisation-help = The company or organisation, for example: City of Ottawa.
referrals-outside-reach = How can the newcomer reach { $name }? An email, a phone number or a profile.
referrals-outside-reach-invalid = Please type how to reach them (2 to 140 characters).
referrals-outside-reach-help = Only the newcomer will see it.
referrals-saved = Thank you: { $name } is referral { $count } of 3.
referrals-complete = Thank you for your three referrals! The newcomer has been told.
referrals-later = Thank you. You have given { $count } of 3; we will remind you in two days.
referrals-to-mentee-member = { $connector } referred you to { $name } ({ $profession }), who is in the programme. You can ask for a time now.
referrals-book = Ask { $name } for a time
referrals-to-mentee-invite = { $connector } is inviting { $name } ({ $profession }) to the programme for you. We will tell you when they join.
referrals-to-mentee-outside = { $connector } suggests you contact { $name }, { $position } at { $organisation }. Their details follow; please mention { $connector }.
referrals-contact-details = { $name }: { $contact }
referrals-reminder = You met { $mentee } and gave { $count } of 3 referrals. Could you give the rest?
referrals-give-more = Give referrals
referrals-referred-by = { $connector } referred { $mentee } to you, after meeting them. Accept the request?
referrals-invite-link = Send { $name } this personal link to join the programme on Telegram: { $link } It tells us you referred them.
referrals-invite-opted-out = { $name }'s number has asked not to get our texts, so we did not write. You can send them this link yourself: { $link }
referrals-invite-join-by-sms = { $name } uses Telegram, which this programme does not. Ask them to text JOIN { $code } to this programme's number to join. It tells us you referred them.
referrals-invite-opted-out-by-sms = { $name }'s number has asked not to get our texts, so we did not write. They can still join by texting JOIN { $code } to this programme's number.
referrals-invite-no-sms = This programme does not send text messages, so we did not write to { $name }. { $link ->
    [none] Ask them to write to the programme with the code { $code }.
   *[other] Send them this link to join; it tells us you referred them: { $link }
}
referrals-invite-sent = We sent { $name } one text inviting them to join. We will tell the newcomer when they do.
referrals-invitation = { $connector } invites you to meet a newcomer ({ $profession }) for { $minutes } min. Reply JOIN { $code } to accept or NO to decline. STOP to opt out.
referrals-joined = { $name } ({ $profession }) has joined the programme. You can ask them for a time now.
referrals-invite-ended = { $how ->
    [declined] { $name } has declined the invitation to join the programme. Your other referrals still stand.
   *[other] { $name } did not answer the invitation to join the programme within two weeks, so it has ended. Your other referrals still stand.
}
referrals-invite-declined = Thank you for your answer. We will not write to you about this invitation again.
referrals-held-recorded = { $by ->
        [coordinator] A coordinator recorded your meeting with { $mentee } on { $when } as held.
       *[newcomer] { $mentee } told us you met on { $when }, so the meeting is recorded as held.
    } Could you refer { $mentee } to three people in your network?
referrals-outside-check = A week ago you were given { $name } as a contact. Did you reach them?
referrals-outside-met = Yes, we met
referrals-outside-contacted = I contacted them
referrals-outside-not = Not yet
referrals-outside-thanks-met = Wonderful! Thank you for telling us about { $name }.
referrals-outside-thanks-contacted = Good. We hope you meet { $name } soon.
referrals-outside-thanks-not = No problem. { $name }'s details are in an earlier message.
referrals-menu-network = My network
referrals-menu-referred = People I referred
referrals-network-empty = { $met ->
        [0] You have not met anyone yet.
        [1] You have met one person so far.
       *[other] You have met { $met } people so far.
    } Nobody has been referred to you yet: after each meeting, the connector can refer you to three more people.
referrals-network = Your network: { $met ->
        [0] you have not met anyone yet.
        [1] you have met one person.
       *[other] you have met { $met } people.
    } Your referrals (pick one to see what to do next):
referrals-network-item = { $name }: { $status }
referrals-given-empty = You have not referred anyone yet.
referrals-given = People you referred (pick one to see more):
referrals-given-item = { $name } for { $mentee }: { $status }
referrals-show = { $name }, referred by { $connector } on { $when }: { $status }.
referrals-show-given = { $name }, referred to { $mentee } on { $when }: { $status }.
referrals-outside-next = Have you reached { $name }?
referrals-status-suggested = to contact
referrals-status-invited = invited
referrals-status-joined = joined, to contact
referrals-status-requested = time requested
referrals-status-met = met
referrals-status-declined = declined
referrals-status-expired = expired
referrals-status-given = to contact
referrals-status-contacted = contacted
referrals-chain = { $channel ->
    [sms] { $name }: generations { $generations }, people { $people }, meetings held { $meetings }, jobs { $jobs }.
   *[other] Chain of { $name }: generations { $generations }, people { $people }, meetings held { $meetings }, jobs { $jobs }.
        { $tree }
        ✓ met or held, … waiting, ✉ invited, ☎ contacted, ✗ declined or cancelled, ↗ outside contact, ★ led to a job
    }
referrals-chain-usage = Type chain and a participant number, for example: chain 12
referrals-chain-unknown = Nobody has the number { $id }.
referrals-chain-about = A newcomer's referral chain
referrals-menu-job = I found a job
referrals-job-role = Congratulations! What is the job? For example: Junior civil engineer.
referrals-job-role-invalid = Please type the job title (2 to 80 characters).
referrals-job-role-help = The title of the job, as in the offer.
referrals-job-field = Is it in your field?
referrals-job-field-yes = Yes, in my field
referrals-job-field-related = In a related field
referrals-job-field-no = In another field
referrals-job-field-invalid = Please pick one of the options.
referrals-job-field-help = Your field is the work you did before coming to Canada.
referrals-job-start = When do you start? Pick one, or type the month, for example: 03/2027.
referrals-job-this-month = This month
referrals-job-next-month = Next month
referrals-job-start-invalid = Please type the month and year, for example: 03/2027.
referrals-job-start-help = The month you start, or started, the job.
referrals-job-helped = Which connection helped you most to get it?
referrals-job-person = { $name }
referrals-job-nobody = No one in particular
referrals-job-helped-invalid = Please pick someone from the list, or "No one in particular".
referrals-job-helped-help = The person you met or were referred to who helped you get the job.
referrals-job-thanks = Thank you, and congratulations! This helps the programme show what works.
referrals-picture-title = Referral chain of { $name }
referrals-picture-met = met
referrals-picture-waiting = waiting
referrals-picture-ended = ended
referrals-numbers = Since the start: referrals per held meeting: { $per }. Referrals that became meetings: { $share }%. Deepest chain (generations): { $deepest }. Referrals leading to most meetings/jobs: { $leaders }
referrals-period = { $channel ->
    [sms] Referrals: made { $made } ({ $made_before }), followed up { $followed } ({ $followed_before }), met { $met } ({ $met_before }).
   *[other] Referrals made: { $made } ({ $made_before })
        Followed up by the newcomer: { $followed } ({ $followed_before })
        Became a meeting: { $met } ({ $met_before })
}
referrals-jobs-period = { $channel ->
    [sms] Jobs reported: in field { $field } ({ $field_before }), related { $related } ({ $related_before }), other { $other } ({ $other_before }).
   *[other] Jobs reported in their field: { $field } ({ $field_before })
        In a related field: { $related } ({ $related_before })
        Other jobs: { $other } ({ $other_before })
}
referrals-chart-funnel = Referrals made in the period, and what became of them
referrals-funnel-made = Made
referrals-funnel-followed = Followed up
referrals-funnel-met = Met
referrals-col-made = made
referrals-col-meeting = meeting
referrals-col-kind = kind
referrals-col-became = became meeting
referrals-col-person = person referred
referrals-col-contact = contact
referrals-col-reported = reported
referrals-col-job = job
referrals-col-in-field = in field
referrals-col-start = start month
referrals-col-referral = referral
