help-general = { $channel ->
    [sms] Connector puts newcomers in touch with professionals in their field for short meetings. Words that always work: MENU, HELP, BACK, LANGUAGE. STOP to opt out.
   *[other] Connector puts skilled newcomers in touch with established professionals in their field for short meetings, and helps both sides keep track. Words that always work: menu, help, back, language.
} { $contact ->
    [none] To have your data deleted, ask the programme's coordinators.
   *[other] To have your data deleted, contact the programme: { $contact }.
}
help-words = { $channel ->
    [sms] You can also send BACK, MENU or LANGUAGE at any time.
   *[other] You can also send back (previous question), menu (stop here) or language at any time.
}
