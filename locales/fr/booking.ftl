booking-slot = { $when }
booking-find-another = Trouver un autre connecteur
booking-gone = Cette plage n'est plus offerte.
booking-past = Cette heure est passée.{ $others ->
    [yes] {" "}Autres plages :
   *[other] {""}
}
booking-unavailable = Ce connecteur ne prend pas de nouvelles demandes pour l'instant.{ $others ->
    [yes] {" "}Autres plages :
   *[other] {""}
}
booking-limit = Vous avez déjà { $limit } demandes en attente. Attendez une réponse avant d'en faire une autre.
booking-overlap = Vous avez déjà une rencontre à ce moment-là : le { $when }.
booking-taken = Désolé, quelqu'un vient de prendre cette plage.{ $others ->
    [yes] {" "}Autres plages :
   *[other] {""}
}
booking-other-times = { $others ->
    [yes] Autres plages que vous pourriez demander :
   *[other] Cette personne n'a pas d'autre plage libre pour l'instant.
}
booking-requested = Demande envoyée à { $name } pour le { $when }. Vous recevrez sa réponse ici.
booking-request = { $name } ({ $profession }) souhaite vous rencontrer le { $when }.{ $note ->
        [none] {""}
       *[other] {" "}Son mot : "{ $note }"
    }
booking-accept = Accepter
booking-decline = Refuser
booking-confirmed = { $channel ->
    [sms] Confirmé : { $name }, le { $when }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}: { $where }
        }.{ $contact ->
            [none] {""}
            [calls-you] {" "}{ $name } vous appellera à ce numéro.
            [relay] {" "}Pour écrire à { $name } : ECRIRE { $meeting } et votre message.
           *[other] { $dial ->
                [yes] {" "}Appelez { $name } au { $contact }.
               *[other] {" "}Contact : { $contact }
            }
        }
   *[other] C'est confirmé : vous rencontrez { $name } le { $when }, { $format }{ $where ->
            [none] {""}
           *[other] {" "}: { $where }
        }.{ $contact ->
            [none] {""}
            [calls-you] {" "}{ $name } vous appellera à votre numéro.
            [relay] {" "}Vous pouvez écrire à { $name } par le bot avec le bouton ci-dessous.
           *[other] { $dial ->
                [yes] {" "}Appelez { $name } au { $contact }.
               *[other] {" "}Contact : { $contact }
            }
        }
        Pour l'ajouter à votre agenda, ouvrez le fichier joint.
}
booking-contact-changed = { $contact ->
    [calls-you] { $name } ne donne plus de numéro pour votre rencontre du { $when } : { $name } vous appellera à votre numéro.
    [relay] { $name } ne donne plus de numéro pour votre rencontre du { $when }. Écrivez-lui par le bot { $channel ->
        [sms] (ECRIRE { $meeting } et votre message)
       *[other] (bouton ci-dessous)
    } pour convenir de qui appelle.
   *[other] Nouveau numéro de { $name } pour votre rencontre du { $when } : { $contact }. L'ancien ne sert plus.
}
booking-calendar-title = Rencontre Connecteur avec { $name }
booking-already = { $status ->
    [confirmed] Cette rencontre est déjà confirmée.
    [declined] Cette demande a déjà été refusée.
    [cancelled] Cette rencontre a été annulée.
   *[other] Il est trop tard pour modifier cette rencontre.
}
booking-too-late = L'heure de cette rencontre est passée.
booking-declined = { $name } ne peut pas vous rencontrer le { $when }. Ne vous découragez pas : c'est souvent une question d'horaire.
booking-you-declined = { $others ->
    [yes] Refusé. Nous avons prévenu la personne avec délicatesse et lui avons proposé vos autres plages.
   *[other] Refusé. Nous avons prévenu la personne avec délicatesse.
}
booking-paused = Vos nouvelles demandes sont en pause pour l'instant. L'équipe de coordination vous contactera.
