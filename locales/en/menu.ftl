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
        Phone number: { $phone }
}
menu-profile-no-phone = none given (My phone number, in the menu)
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
menu-choice-phone = My phone number
menu-share-phone = Tap the button below to share your phone number, or type the number to give. The programme can then also reach you by text message, and the people whose meeting you confirm can call you. Only coordinators and those people will see it.
menu-share-phone-button = Share my phone number
menu-phone-saved = Thank you! Your number is now { $phone }: the programme can reach you by text message too, and the people whose meeting you confirm get it.
menu-phone-taken = That phone number is already registered to someone else. Please contact the programme if this is a mistake.
menu-phone-invalid = I could not read that phone number. Type one such as 613-555-0100, or use the button to share your own.
menu-phone-current = Your phone number: { $phone }. Coordinators and the people whose meeting you confirm can use it. To change it, type the new number or share yours with the button. To give none any more, choose "Remove my number".
menu-phone-remove = Remove my number
menu-phone-removed = Done: your number is removed. The people you meet now write to you through the bot.
menu-phone-help = Type a phone number such as 613-555-0100, or tap "Share my phone number". It goes only to coordinators and to the people whose meeting you confirm. "Menu" leaves it as it is.
menu-choice-find = Find a connector
menu-choice-meetings = My meetings
menu-choice-offer = Offer a time
menu-choice-slots = My slots and meetings
menu-choice-settings = Requests settings
menu-choice-more = More
menu-choice-back = Back to the menu
menu-more = More options:
