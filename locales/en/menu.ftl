menu-main = What would you like to do?
menu-choice-profile = My profile
menu-choice-language = Change language
menu-choice-help = Help
menu-choice-stats = Programme numbers
menu-profile =
    Your profile:
    Name: { $name }
    Role: { $role }
    Profession: { $profession } ({ $sector })
    City: { $city }
    Languages: { $languages }
    Time zone: { $timezone }
menu-stats =
    Programme numbers:
    Newcomers registered: { $mentees }
    Connectors registered: { $connectors }
    Registration in progress: { $registering }
    Declined consent: { $refused }
menu-not-understood = Sorry, I didn't understand that.
