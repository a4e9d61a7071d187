menu-main = What would you like to do?
menu-choice-profile = My profile
menu-choice-language = Change language
menu-choice-help = Help
menu-choice-stats = Programme numbers
menu-profile = { $channel ->
    [sms] { $name } ({ $role }): { $profession }, { $city }. Languages: { $languages }.
   *[other] Your profile:
        Name: { $name }
        Role: { $role }
        Profession: { $profession } ({ $sector })
        City: { $city }
        Languages: { $languages }
        Time zone: { $timezone }
}
menu-stats =
    Programme numbers:
    Newcomers taking part: { $mentees }
    Connectors taking part: { $connectors }
    Waiting for approval: { $waiting }
    Refused at approval: { $rejected }
    Registration in progress: { $registering }
    Declined consent: { $refused }
    Cannot be reached (blocked the bot, opted out, invalid number): { $unreachable }
menu-not-understood = Sorry, I didn't understand that. What would you like to do?
menu-choice-phone = Share my phone number
menu-share-phone = Tap the button below to share your phone number, so the programme can also reach you by text message. Only coordinators and the people you meet will see it.
menu-share-phone-button = Share my phone number
menu-phone-saved = Thank you! The programme can now reach you by text message too.
menu-phone-taken = That phone number is already registered to someone else. Please contact the programme if this is a mistake.
menu-phone-invalid = I could not read that phone number. Please use the button to share your own number.
menu-choice-find = Find a connector
menu-choice-meetings = My meetings
menu-choice-offer = Offer a time
menu-choice-slots = My slots and meetings
menu-choice-settings = Requests settings
menu-choice-more = More
menu-choice-back = Back to the menu
menu-more = More options:
