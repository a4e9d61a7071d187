meetings-none = Vous n'avez aucune rencontre à venir.
meetings-list = Vos prochaines rencontres :
meetings-item = { $when }, { $name } ({ $status ->
        [requested] en attente
       *[other] confirmée
    })
meetings-details = { $when } avec { $name } : { $status ->
        [requested] en attente de réponse.
       *[other] confirmée.
    }
meetings-move = Déplacer à une autre heure
meetings-cancel = Annuler la rencontre
meetings-past = Cette rencontre est déjà commencée; elle ne peut plus être modifiée.
meetings-ask-reason = Annuler cette rencontre? Vous pouvez donner une raison, ou choisir "Sans raison".
meetings-no-reason = Sans raison
meetings-reason-invalid = Gardez la raison sur une ligne (de 2 à 140 caractères).
meetings-reason-help = L'autre personne est prévenue tout de suite. Une courte raison l'aide à comprendre.
meetings-cancelled = { $short ->
    [yes] Annulé. C'était à très court préavis; nous l'avons prévenue aussitôt.
   *[other] Annulé. Nous avons prévenu l'autre personne.
}
meetings-cancelled-by-other = { $short ->
    [yes] Court préavis : { $name } a annulé votre rencontre du { $when }.
   *[other] { $name } a annulé votre rencontre du { $when }.
}{ $reason ->
    [none] {""}
   *[other] {" "}Raison : "{ $reason }"
}
meetings-slot-reopened = La plage est de nouveau libre pour d'autres. La retirer?
meetings-no-other-slots = Ce connecteur n'a pas d'autre plage libre pour l'instant.
meetings-pick-new-time = Choisissez la nouvelle heure :
meetings-time-gone = Désolé, cette plage n'est plus libre.
meetings-move-proposed = Nouvelle heure proposée : { $when }. Nous vous dirons dès qu'on vous répond.
meetings-moved = { $channel ->
    [sms] Nouvelle heure : { $when } avec { $name }, { $format }{ $where ->
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
