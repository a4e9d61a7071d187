feedback-ask-rating = { $channel ->
    [sms] Tant mieux! Utile? De 1 (peu) à 5 (beaucoup). Un mot pour la coordination peut suivre : 5 très humain
   *[other] Tant mieux! Cette rencontre vous a-t-elle été utile? De 1 (peu) à 5 (beaucoup). Un commentaire pour la coordination peut suivre le chiffre (5 très humain).
}
feedback-rating-1 = 1 - peu utile
feedback-rating-2 = 2
feedback-rating-3 = 3
feedback-rating-4 = 4
feedback-rating-5 = 5 - très utile
feedback-rating-invalid = Choisissez un nombre de 1 à 5.
feedback-rating-help = Votre note aide le programme à savoir quelles rencontres sont les plus utiles.
feedback-ask-comment = Un commentaire pour l'équipe de coordination? Elle seule le lira.
feedback-no-comment = Rien à ajouter
feedback-comment-invalid = Quelques lignes suffisent (de 2 à 500 caractères).
feedback-comment-help = Les commentaires sont privés : la personne rencontrée ne les voit jamais.
feedback-ask-why = Dommage. Que s'est-il passé?
feedback-why-other = L'autre personne n'est pas venue
feedback-why-self = Je n'ai pas pu y aller
feedback-why-rescheduled = Nous l'avons déplacée
feedback-why-invalid = Choisissez l'une des options.
feedback-why-help = Cela nous aide à faire un suivi bienveillant avec vous deux.
feedback-already = Vous avez déjà répondu au sujet de cette rencontre. Merci!
feedback-thanks = Merci! Cela aide beaucoup le programme.
feedback-gentle = Vos deux dernières rencontres n'ont pas eu lieu. Ça arrive! Si une heure ne vous convient plus, annulez d'avance : quelqu'un d'autre pourra la prendre.
feedback-paused = Après trois rencontres manquées de suite, vos nouvelles demandes sont en pause. L'équipe de coordination vous contactera.
feedback-alert = { $name } a manqué { $count } rencontres de suite; ses nouvelles demandes sont en pause.
feedback-lift = Lever la pause
feedback-lifted = Pause levée pour { $name }.
feedback-unpaused = Bonne nouvelle : vous pouvez de nouveau fixer des rencontres.
feedback-see-you = Parfait, merci! La personne sera contente de le savoir.
feedback-other-coming = { $name } confirme sa présence ({ $when }).
feedback-disputed = { $connector } et { $mentee } disent chacun que l'autre n'est pas venu ({ $when }). La rencontre est marquée contestée et ne compte contre personne.{ $paused ->
    [yes] {" "}Le premier signalement a mis les demandes en pause; levez la pause si elle ne doit pas s'appliquer.
   *[other] {""}
}
feedback-disputed-met = { $says } dit avoir rencontré { $denies } ({ $when }); { $denies } dit que non. Marquée contestée, elle ne compte contre personne : voir trancher.{ $paused ->
    [yes] {" "}Le premier signalement a mis les demandes en pause; levez-la au besoin.
   *[other] {""}
}
feedback-being-checked = Merci. { $name } se souvient autrement de votre rencontre ({ $when }); une personne de la coordination va vérifier avec vous deux. Cela ne compte contre personne d'ici là.
