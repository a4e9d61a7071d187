jobs-set-aside = A scheduled task ({ $kind } #{ $id }) failed and was set aside; the others go on. The log says why: please tell whoever runs the bot.
