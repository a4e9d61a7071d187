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
meetings-slot-reopened = Votre plage ({ $when }) est de nouveau libre pour d'autres. La retirer?
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
meetings-no-other-slots-connector = Vous n'avez pas d'autre plage libre où déplacer cette rencontre ({ $when }). Offrez une nouvelle plage, puis choisissez de nouveau "Déplacer à une autre heure" dans Mes plages et rencontres.
meetings-no-other-times = { $name } n'a pas d'autre plage libre pour l'instant. Vous pouvez garder la rencontre ({ $when }), l'annuler, ou demander une autre heure à { $name } dans un court message.
meetings-keep = Garder la rencontre
meetings-ask-time = Demander une autre heure à { $name }
meetings-kept = Parfait : votre rencontre reste prévue le { $when }.
meetings-move-asked = Demande envoyée : déplacer votre rencontre avec { $name } du { $old } au { $when }. Elle reste prévue comme convenu tant que { $name } n'a pas accepté.
meetings-move-request = { $name } demande de déplacer votre rencontre du { $old } à une autre heure : { $when }
meetings-move-accept = La déplacer au { $when }
meetings-move-keep = Garder l'heure prévue
meetings-no-proposal = Aucune nouvelle heure n'attend votre réponse. La rencontre reste prévue le { $when }.
meetings-move-declined = { $gone ->
    [yes] L'heure que vous avez proposée ({ $when }) vient d'être prise par quelqu'un d'autre.
   *[other] { $name } ne peut pas le { $when }.
} Votre rencontre reste prévue le { $old }, comme convenu.
meetings-move-kept = { $gone ->
    [yes] Désolé, cette heure vient d'être prise par quelqu'un d'autre.
   *[other] C'est fait : nous avons prévenu la personne.
} La rencontre reste prévue le { $when }.
meetings-open = Voir la rencontre
meetings-ask-time-note = Écrivez votre message en une ligne (ex. : Pourrions-nous nous voir un soir de semaine?)
meetings-time-note-invalid = Écrivez votre message en une ligne (de 2 à 140 caractères).
meetings-time-note-help = Votre message est transmis au connecteur avec l'heure de votre rencontre. Il peut offrir une nouvelle plage et y déplacer la rencontre.
meetings-time-asked = { $name } demande une autre heure que le { $when } : "{ $note }" Offrez une nouvelle plage, puis déplacez-y la rencontre.
meetings-time-ask-sent = C'est envoyé à { $name }. Votre rencontre reste prévue le { $when } jusqu'à ce que vous conveniez d'une nouvelle heure.
