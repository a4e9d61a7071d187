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
