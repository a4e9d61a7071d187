meetings-none = Vous n'avez aucune rencontre à venir.
meetings-list = Vos rencontres :
meetings-item = { $when }, { $name } ({ $status ->
        [requested] en attente
       *[other] confirmée
    })
meetings-details = Rencontre avec { $name } le { $when } : { $status ->
        [requested] en attente de réponse.
       *[other] confirmée.
    }
meetings-move = Déplacer la rencontre
meetings-cancel = Annuler
meetings-past = Cette rencontre a déjà commencé : il est trop tard pour la modifier.
meetings-ask-reason = Annuler cette rencontre? Vous pouvez en donner la raison, ou choisir "Sans raison".
meetings-no-reason = Sans raison
meetings-reason-invalid = Écrivez la raison en une seule ligne (de 2 à 140 caractères).
meetings-reason-help = L'autre personne est prévenue tout de suite. Une courte raison l'aide à comprendre.
meetings-cancelled = { $short ->
    [yes] Annulé. Comme c'était à très court préavis, nous avons prévenu l'autre personne tout de suite.
   *[other] Annulé. Nous avons prévenu l'autre personne.
}
meetings-cancelled-by-other = { $short ->
    [yes] Court préavis : { $name } a annulé votre rencontre du { $when }.
   *[other] { $name } a annulé votre rencontre du { $when }.
}{ $reason ->
    [none] {""}
   *[other] {" "}Raison : "{ $reason }"
}
meetings-slot-reopened = La plage est de nouveau libre. Voulez-vous la retirer?
meetings-no-other-slots = Ce connecteur n'a pas d'autre plage libre pour l'instant.
meetings-pick-new-time = Choisissez la nouvelle heure :
meetings-time-gone = Désolé, cette plage n'est plus libre.
meetings-move-proposed = Nouvelle heure proposée : le { $when }. Nous vous écrirons dès que l'autre personne aura répondu.
meetings-moved = { $channel ->
    [sms] Nouvelle heure : le { $when }, avec { $name }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}: { $where }
        }.
   *[other] Votre rencontre avec { $name } est déplacée au { $when }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}: { $where }
        }.{ $contact ->
            [none] {""}
           *[other] {" "}Contact : { $contact }
        }
}
