# The certificate of completion (a PDF, never sent as text). Values: $name the person,
# $programme the programme's name, $start and $end dates already written out, $hours a number.
certificate-title = Certificate of Completion
certificate-presented = This certifies that
certificate-completed = has successfully completed the mentorship programme
certificate-dates = from { $start } to { $end }
certificate-hours =
    { $hours ->
        [one] { $hours } hour of mentoring
       *[other] { $hours } hours of mentoring
    }
certificate-signatory-role = Programme coordinator
certificate-document-title = Certificate of completion, { $programme }: { $name }
# A letter of participation: a mentorship closed before its weeks or hours were met. $weeks is
# how many weeks it lasted.
certificate-participation-title = Letter of Participation
certificate-participation-presented = This confirms that
certificate-participation-completed = took part in the mentorship programme
certificate-participation-dates = from { $start } to { $end } ({ $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    })
certificate-participation-document-title = Letter of participation, { $programme }: { $name }
