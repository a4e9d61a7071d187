due-job-set-aside = A scheduled task ({ $kind } #{ $id }) failed and was set aside; reminders and follow-ups go on without it. The log says why. Please tell whoever runs the bot.
