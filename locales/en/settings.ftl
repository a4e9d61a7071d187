settings-summary = { $paused ->
    [yes] New requests: paused.
   *[other] New requests: open.
} { $auto ->
    [yes] Requests are accepted automatically.
   *[other] You accept or decline each request.
} { $capacity ->
    [0] No monthly limit.
    [one] At most 1 meeting a month.
   *[other] At most { $capacity } meetings a month.
}
settings-pause = Pause new requests
settings-resume = Resume requests
settings-auto = Accept requests automatically
settings-manual = Decide on each request
settings-capacity = Set a monthly limit
settings-ask-capacity = At most how many meetings a month? (0 for no limit)
settings-capacity-invalid = Please send a number from 0 to { $most }.
settings-capacity-help = Once you reach the limit, your slots are not offered until the next month.
