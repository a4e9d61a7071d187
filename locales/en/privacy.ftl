privacy-menu-my-data = My data
privacy-former-participant = a former participant
privacy-command-erase = Erase someone's personal data (by number)
privacy-usage-erase = Type erase and the person's number, for example: erase 12 (find gives the numbers).
privacy-your-data = { $channel ->
    [sms] Stored about you: name { $name }, profession { $profession }, city { $city }, { $meetings ->
        [one] { $meetings } meeting
       *[other] { $meetings } meetings
    }, { $messages } messages. The full copy comes as a file on Telegram only; a coordinator can go through it with you.
   *[other] Here is everything stored about you, in the attached file (my-data.json).
        Name: { $name }
        Profession: { $profession }
        City: { $city }
        Meetings: { $meetings }
        Messages sent to you: { $messages }
}
privacy-ask-coordinator = Ask a coordinator to follow up
privacy-delete-label = Delete my data
privacy-follow-up-asked = Participant #{ $id } asked about their data (My data). Please follow up with them.
privacy-follow-up-sent = A coordinator will be in touch about your data.
privacy-ask-sure = Delete your data? Your name, contact details, comments and messages will be erased, and your coming meetings cancelled. Only anonymous counts are kept.
privacy-ask-really = Last check: this cannot be undone. Delete everything now?
privacy-yes-delete = Yes, delete my data
privacy-yes-really = Yes, delete it for good
privacy-keep = No, keep my data
privacy-yes-no = Please choose one of the options: delete your data, or keep it.
privacy-kept = Nothing was deleted.
privacy-last-coordinator = The last coordinator's data cannot be erased; give the coordinator role to someone else first.
privacy-erased = Your data has been deleted. Thank you for taking part. If you write again, you will start as a new participant.
privacy-erased-by-coordinator = A programme coordinator has deleted your personal data. Thank you for taking part.
privacy-erased-someone = The personal data of participant #{ $id } has been erased.
privacy-erase-yourself = To erase your own data, use My data in the menu.
