relay-command = Écrire à l'autre personne d'une rencontre par le bot : ecrire 12 et votre message
relay-usage = Tapez ecrire, le numéro de la rencontre et votre message, par exemple : ecrire 12 J'aurai 10 minutes de retard
relay-unknown = Aucune de vos rencontres n'a le numéro { $meeting }. Son numéro figure dans chaque message qui en parle.
relay-closed = Vous ne pouvez plus écrire à { $name } par le bot pour cette rencontre : c'est possible jusqu'à une semaine après la rencontre, et plus du tout après une annulation ou un refus.
relay-write = Écrire à { $name }
relay-ask = Votre message à { $name }, en une ligne ({ $limit } caractères au plus). Il passe par le bot avec votre prénom; le bot ne transmet aucun numéro de téléphone.
relay-help = Votre message est transmis à l'autre personne de la rencontre, par texto ou Telegram, avec votre prénom. Elle peut vous répondre par le bot aussi. Écrivez-le en une ligne, ou tapez Menu pour y renoncer.
relay-invalid = Écrivez votre message en une ligne de { $limit } caractères au plus.
relay-message = { $channel ->
    [sms] { $name } (rencontre du { $when }) : "{ $note }" Pour répondre : ECRIRE { $meeting } et votre message
   *[other] Message de { $name } au sujet de votre rencontre du { $when } :
        "{ $note }"
        Il passe par le bot, qui ne transmet aucun numéro de téléphone.
}
relay-answer = Répondre
relay-report = Signaler
relay-sent = C'est transmis à { $name }.
relay-limit = Vous avez envoyé { $limit } messages à { $name } aujourd'hui, le maximum que le bot transmet par jour. Vous pourrez écrire de nouveau demain.
relay-blocked = Le bot ne transmet plus vos messages à { $name } pour cette rencontre. La coordination peut vous aider s'il faut joindre cette personne.
relay-unreachable = { $name } ne peut pas recevoir de messages pour l'instant : votre message n'a pas été transmis.
relay-reported = Merci. La coordination est avertie et lira le message. { $name } ne peut plus vous écrire par le bot pour cette rencontre.
relay-report-notice = { $name } a signalé un message de { $mentee } (#{ $who }) au sujet de la rencontre { $meeting } : "{ $note }" { $mentee } ne peut plus lui écrire par le bot. Sa fiche : fiche { $who }
