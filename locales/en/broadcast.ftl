broadcast-command = Send a message to everyone, newcomers, connectors or a sector
broadcast-usage = Type broadcast, who (all, newcomers, connectors, a sector such as health, city Toronto, language fr), if later at 2026-12-10 09:00, then the English text | the French text. Example: broadcast all Open house Dec 3 | Portes ouvertes le 3 déc. Also: broadcast scheduled, broadcast cancel 7
broadcast-audience-all = everyone
broadcast-audience-mentees = newcomers
broadcast-audience-connectors = connectors
broadcast-audience-language-en = English readers
broadcast-audience-language-fr = French readers
broadcast-nobody = Nobody among { $audience } can be reached right now, so there is nothing to send.
broadcast-ask-other = { $language ->
    [en] Now send the English text: each person gets the message in their own language.
   *[fr] Now send the French text: each person gets the message in their own language.
}
broadcast-help-other = Each person gets the broadcast in their language. Send the text for the other language, or send MENU to drop the broadcast.
broadcast-text-invalid = Please send the text itself, from 2 to { $most } characters.
broadcast-preview = { $channel ->
    [sms] To { $audience }: { $total ->
        [one] 1 person
       *[other] { $total } people
    }. EN: { $en_sms } SMS, { $en_telegram } Telegram. FR: { $fr_sms } SMS, { $fr_telegram } Telegram.{ $sim ->
        [0] {""}
       *[other] {" "}Simulator: { $sim }.
    } Unreachable, skipped: { $unreachable }. Each SMS, with the opt-out line: EN { $en_segments }, FR { $fr_segments } segments.{ $mismatch ->
        [en] {" "}EN text in French?
        [fr] {" "}FR text in English?
        [both] {" "}Texts swapped?
       *[none] {""}
    } { $scheduled ->
        [yes] Send it on { $at }?
       *[no] Send it?
    }
   *[other] Broadcast to { $audience }: { $total ->
        [one] 1 person
       *[other] { $total } people
    }.
        English: { $en_sms } by SMS, { $en_telegram } on Telegram
        French: { $fr_sms } by SMS, { $fr_telegram } on Telegram{ $sim ->
            [0] {""}
           *[other] {"\u000A"}Simulator: { $sim }
        }
        Cannot be reached, skipped: { $unreachable }
        Each SMS, with the opt-out line added: { $en_segments } segments in English, { $fr_segments } in French.
        English text: { $en_text }
        French text: { $fr_text }{ $mismatch ->
            [en] {"\u000A"}Check: the English text reads as French.
            [fr] {"\u000A"}Check: the French text reads as English.
            [both] {"\u000A"}Check: the two texts look swapped.
           *[none] {""}
        }
        { $scheduled ->
            [yes] Send it on { $at }?
           *[no] Send it?
        }
}
broadcast-send = Send it
broadcast-cancel = Don't send
broadcast-send-or-cancel = Please choose: send the broadcast, or don't send it.
broadcast-cancelled = Nothing was sent.
broadcast-queued = Queued for { $count } people ({ $audience }). Messages go out at each channel's pace.
broadcast-message = { $channel ->
    [sms] { $text }
        STOP to opt out.
   *[other] { $text }
}
broadcast-texts = EN text: "{ $en_text }" FR text: "{ $fr_text }"
broadcast-past = { $at } has passed already. Give a time to come, or leave out "at" and the time to send it now.
broadcast-scheduled = Broadcast #{ $number } to { $audience } will leave on { $at }. To cancel it: broadcast cancel { $number }
broadcast-not-scheduled = No broadcast #{ $number } is waiting to leave: it has gone out, was cancelled, or there is none by that number. "broadcast scheduled" lists those waiting.
broadcast-scheduled-cancelled = Broadcast #{ $number } is cancelled: nothing will be sent.
broadcast-none-scheduled = No broadcast is waiting to leave.
broadcast-scheduled-list = Broadcasts waiting to leave:
    { $lines }
broadcast-scheduled-line = #{ $number } { $at }, { $audience }: { $text }
broadcast-sent-later = Broadcast #{ $number } has left: queued for { $count ->
    [one] 1 person
   *[other] { $count } people
} ({ $audience }). Messages go out at each channel's pace.
