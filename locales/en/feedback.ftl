feedback-ask-rating = { $channel ->
    [sms] Glad you met! How useful, 1 (not much) to 5 (very)? A note for the coordinators may follow: 5 so kind
   *[other] Glad you met! How useful was it, from 1 (not much) to 5 (very)? You can add a comment for the coordinators after the number (5 so kind).
}
feedback-rating-1 = 1 - not much
feedback-rating-2 = 2
feedback-rating-3 = 3
feedback-rating-4 = 4
feedback-rating-5 = 5 - very useful
feedback-rating-invalid = Please pick a number from 1 to 5.
feedback-rating-help = Your rating helps the programme see which meetings help most.
feedback-ask-comment = Anything the coordinators should know? Only they will read it.
feedback-no-comment = Nothing to add
feedback-comment-invalid = Please keep it to a few lines (2 to 500 characters).
feedback-comment-help = Comments are private: the person you met never sees them.
feedback-ask-why = Sorry to hear that. What happened?
feedback-why-other = The other person did not come
feedback-why-self = I could not make it
feedback-why-rescheduled = We moved it to another time
feedback-why-invalid = Please pick one of the options.
feedback-why-help = This helps us follow up kindly with both of you.
feedback-already = You have already told us about this meeting. Thank you!
feedback-thanks = Thank you, that helps the programme a lot.
feedback-gentle = We noticed two meetings in a row did not happen. Life gets busy! If a time no longer works, cancelling early lets someone else take it.
feedback-paused = After three missed meetings in a row, new requests are paused for now. A coordinator will be in touch.
feedback-alert = { $name } missed { $count } meetings in a row; their new requests are paused.
feedback-lift = Lift the pause
feedback-lifted = Pause lifted for { $name }.
feedback-unpaused = Good news: you can take new meetings again.
feedback-see-you = Great, thank you! They will be glad to hear it.
feedback-other-coming = { $name } says they will be there ({ $when }).
feedback-disputed = { $connector } and { $mentee } each say the other did not come ({ $when }). The meeting is marked disputed and counts against no one.{ $paused ->
    [yes] {" "}The first report paused new requests; lift the pause if it should not apply.
   *[other] {""}
}
feedback-disputed-met = { $says } says they met { $denies } ({ $when }); { $denies } says they did not. Marked disputed, it counts against no one: see settle.{ $paused ->
    [yes] {" "}The first report paused new requests; lift it if it should not apply.
   *[other] {""}
}
feedback-being-checked = Thank you. { $name } remembers your meeting ({ $when }) differently, so a coordinator will check with you both. It counts against no one meanwhile.
