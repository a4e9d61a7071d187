dialogue-at-first-question = C'est la première question : il n'y a pas de réponse précédente.
dialogue-stuck = { $channel ->
    [sms] Besoin d'un coup de main? Choisissez une option.
   *[other] Besoin d'un coup de main? Je peux vous expliquer la question, vous la reposer ou vous ramener au menu.
}
dialogue-choice-help = Expliquer la question
dialogue-choice-continue = Reposer la question
dialogue-choice-menu = Aller au menu
dialogue-choice-yes = Oui
dialogue-choice-no = Non
dialogue-choice-back = { $channel ->
    [sms] Modifier (RETOUR)
   *[other] Modifier une réponse (retour)
}
dialogue-choice-expired = Cette option n'est plus offerte. Voici la question en cours.
dialogue-resumed = Bon retour! On reprend là où vous en étiez.
dialogue-left = D'accord, on en reste là.
dialogue-unsupported = Désolé, je ne lis que les messages texte et les boutons.
dialogue-command-usage = Je n'ai pas compris ce qui suit "{ $command }". Vérifiez et renvoyez la commande.
dialogue-slow-down = Vous écrivez plus vite que je ne peux répondre. Attendez une minute, puis renvoyez votre dernier message.
