dialogue-at-first-question = This is the first question, so there is nothing to go back to.
dialogue-stuck = { $channel ->
    [sms] Having trouble? Pick an option below.
   *[other] Having trouble? I can explain this question, ask it again, or take you to the menu.
}
dialogue-choice-help = Explain this question
dialogue-choice-continue = Ask me again
dialogue-choice-menu = Go to the menu
dialogue-choice-yes = Yes
dialogue-choice-no = No
dialogue-choice-back = { $channel ->
    [sms] Change (BACK)
   *[other] Change an answer (back)
}
dialogue-choice-expired = That option is no longer available. Here is the current question.
dialogue-resumed = Welcome back! Let's pick up where you left off.
dialogue-left = OK, I stopped there.
dialogue-unsupported = Sorry, I can only read text messages and button taps.
dialogue-command-usage = I could not read what follows "{ $command }". Check it and send it again.
dialogue-slow-down = You are writing faster than I can answer. Please wait a minute, then send your last message again.
