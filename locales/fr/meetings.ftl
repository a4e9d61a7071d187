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
meetings-cancel = Annuler la rencontre
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
meetings-cancelled-unreachable = Le programme ne peut plus joindre { $name }; votre rencontre ({ $when }) est donc annulée.{ $side ->
    [connector] {" "}Votre plage est de nouveau libre pour d'autres.
   *[other] {" "}Vous pouvez trouver un autre connecteur dans le menu.
}
meetings-slot-reopened = Votre plage du { $when } est de nouveau libre. Voulez-vous la retirer?
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
            [calls-you] {""}
            [relay] {""}
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
    [yes] L'heure que vous avez proposée ({ $when }) a été prise entre-temps par quelqu'un d'autre.
   *[other] { $name } ne peut pas le { $when }.
} Votre rencontre reste prévue le { $old }, comme convenu.
meetings-move-kept = { $gone ->
    [yes] Désolé, cette heure a été prise entre-temps par quelqu'un d'autre.
   *[other] C'est fait : nous avons prévenu la personne.
} La rencontre reste prévue le { $when }.
meetings-open = Voir la rencontre
meetings-ask-time-note = Écrivez votre message en une ligne (ex. : Pourrions-nous nous voir un soir de semaine?)
meetings-time-note-invalid = Écrivez votre message en une ligne (de 2 à 140 caractères).
meetings-time-note-help = Votre message est transmis au connecteur avec l'heure de votre rencontre. Il peut offrir une nouvelle plage et y déplacer la rencontre.
meetings-time-asked = { $name } voudrait une autre heure que le { $when } : "{ $note }" Offrez une plage et déplacez-y la rencontre.
meetings-time-ask-sent = C'est envoyé à { $name }. Votre rencontre reste prévue le { $when } jusqu'à ce que vous conveniez d'une nouvelle heure.
