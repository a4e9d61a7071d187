registration-welcome = { $channel ->
    [sms] Welcome to Connector! Bienvenue à Connecteur!
        Language / Langue? STOP to opt out / ARRET pour vous désinscrire.
   *[other] Welcome to Connector, where newcomers meet professionals in their field.
        Bienvenue à Connecteur, où les personnes nouvellement arrivées rencontrent des professionnels de leur domaine.
        Choose your language / Choisissez votre langue :
}
registration-consent = { $channel ->
    [sms] We keep your name, profession, city and languages to suggest contacts. Programme coordinators see your profile; people you ask to meet see your name and profession, and your number only once a meeting is agreed. OK to store this and contact you?
   *[other] Before we start: we keep your name, profession, sector, city and languages so we can suggest contacts. We share your name and contact details only with people you agree to meet, and programme coordinators can see your profile. You can ask us to delete it at any time.
        Do you agree that we store this and contact you?
}
registration-consent-invalid = Please answer yes or no.
registration-consent-help = We need your agreement to keep your profile. If you say no, we keep nothing except the fact that you said no.
registration-consent-refused = Understood. We have not kept any of your information. If you change your mind, just write to us again.
registration-ask-role = Which describes you?
registration-role-mentee = I'm new to Canada and looking for contacts
registration-role-connector = I'm a professional offering meetings
registration-role-invalid = Please choose one of the options.
registration-role-help = Newcomers meet professionals for 30-minute conversations. Professionals (we call them connectors) offer a few of those meetings.
registration-ask-name = What name should people see? (Your first name is enough.)
registration-name-invalid = Please send a name with at least one letter (60 characters at most).
registration-name-help = This is the name other participants will see once a meeting is confirmed.
registration-ask-profession = What is your profession, in your own words? (e.g. civil engineer, accountant)
registration-profession-invalid = Please describe your profession in a few words (2 to 80 characters).
registration-profession-help = We use this to find people in your field. A job title is perfect.
registration-ask-sector = Which field is closest to yours?
registration-sector-invalid = Please pick one of the fields in the list.
registration-sector-help = These are the ten broad groups of Canada's National Occupational Classification. Pick the closest one; your own job title is kept as you wrote it.
registration-ask-city = Which city do you live in?
registration-city-invalid = Please send the name of your city (2 to 60 characters).
registration-city-help = We use your city to suggest people nearby for in-person meetings.
registration-ask-languages = Which languages do you speak? Pick one, or type them (e.g. English, Arabic).
# Capitals on SMS, as in French (where FRANÇAIS stays in GSM-7: Ç is in it, ç is not) and as
# in the first language menu: both languages' SMS menus look alike.
registration-languages-en = { $channel ->
    [sms] ENGLISH
   *[other] English
}
registration-languages-fr = { $channel ->
    [sms] FRENCH
   *[other] French
}
registration-languages-both = { $channel ->
    [sms] ENGLISH AND FRENCH
   *[other] English and French
}
registration-languages-invalid = Please list your languages separated by commas (e.g. English, Spanish).
registration-languages-help = We match people who share a language. List every language you are comfortable speaking.
registration-ask-timezone = Which time zone are you in? Pick one, or type a city (e.g. Calgary).
registration-timezone-invalid = I don't know that time zone. Please pick one from the list or type a nearby city.
registration-timezone-help = We show every meeting time in your own time zone.
registration-timezone-found = { $place }: { $zone }, now { $now }
registration-summary = { $channel ->
    [sms] Check: { $name }, { $profession }, { $city }. Languages: { $languages }. Right?
   *[other] Please check:
        Name: { $name }
        Role: { $role }
        Profession: { $profession } ({ $sector })
        City: { $city }
        Languages: { $languages }
        Time zone: { $timezone }
        Is this right?
}
registration-confirm-yes = { $channel ->
    [sms] Yes
   *[other] Yes, that's right
}
registration-confirm-invalid = Answer yes to save, or send BACK to change an answer.
registration-confirm-help = Saying yes saves your profile. BACK takes you to the previous question; none of your answers are lost.
registration-complete = Thank you, { $name }! You are registered.
registration-paused = Your answers are saved. Write to me whenever you are ready to continue.
registration-code-unknown = The code you came with, { $code }, is not one I know: it may have a typo, or have been replaced. You are registered all the same. Ask whoever gave it to you to check it, then send JOIN and the code.
