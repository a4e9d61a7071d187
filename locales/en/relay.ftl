relay-command = Write to the other person of a meeting through the bot: write 12 and your message
relay-usage = Type write, the meeting's number and your message, for example: write 12 I will be 10 minutes late
relay-unknown = None of your meetings has the number { $meeting }. Its number is in each message about it.
relay-closed = You can no longer write to { $name } through the bot about this meeting: that is open until a week after a meeting, and closes when it is cancelled or declined.
relay-write = Message { $name }
relay-ask = Your message to { $name }, in one line ({ $limit } characters at most). It goes through the bot with your first name; the bot passes on no phone number.
relay-help = Your message goes to the other person of the meeting, by text message or Telegram, with your first name. They can answer you the same way. Type it in one line, or type Menu to leave it.
relay-invalid = Please write your message in one line of { $limit } characters at most.
relay-message = { $channel ->
    [sms] { $name } (meeting { $when }): "{ $note }" To answer: WRITE { $meeting } and your message
   *[other] Message from { $name } about your meeting on { $when }:
        "{ $note }"
        It came through the bot, which passes on no phone number.
}
relay-answer = Answer
relay-report = Report it
relay-sent = Sent to { $name }.
relay-limit = You have sent { $limit } messages to { $name } today, the most the bot passes on in a day. You can write again tomorrow.
relay-blocked = The bot no longer passes on your messages to { $name } for this meeting. A coordinator can help if you need to reach them.
relay-unreachable = { $name } cannot receive messages at the moment, so yours was not sent.
relay-reported = Thank you. The coordinators have the message and will look into it. { $name } can no longer write to you through the bot about this meeting.
relay-report-notice = { $name } reported a message from { $mentee } (#{ $who }) about meeting { $meeting }: "{ $note }" { $mentee } can no longer write to them through the bot. Their record: who { $who }
