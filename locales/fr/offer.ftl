offer-ask-day = { $channel ->
    [sms] Quel jour? Choisissez, ou écrivez (ex. : mardi 14h).
   *[other] Quel jour souhaitez-vous offrir? Choisissez, ou écrivez un jour et une heure (ex. : mardi 14h).
}
offer-day-label = { $day }
offer-day-invalid = Choisissez un jour dans les deux prochaines semaines.
offer-day-help = Vous pouvez offrir n'importe quel jour des 14 prochains jours. Écrire "mardi 14h" fixe le jour et l'heure d'un coup.
offer-ask-time = Quelle heure vous convient? Choisissez, ou écrivez-la (ex. : 14 h 30).
offer-time-label = { $time }
offer-time-invalid = Indiquez une heure comme 14 h 30 ou 14:30.
offer-time-help = Les heures sont celles de votre fuseau horaire. Les rencontres durent 30 minutes.
offer-past = Cette heure est déjà passée. Choisissez-en une plus tard.
offer-overlap = Cela chevauche votre plage du { $when }. Choisissez une autre heure.
offer-ask-format = Comment souhaitez-vous vous rencontrer?
offer-format-in-person = En personne
offer-format-phone = Par téléphone
offer-format-video = Par vidéo
offer-how-in-person = en personne
offer-how-phone = par téléphone
offer-how-video = par vidéo
offer-format-invalid = Choisissez l'une des options : en personne, par téléphone ou par vidéo.
offer-format-help = En personne, il faut un lieu; par vidéo, un lien (je peux en créer un); par téléphone, vous vous appelez aux numéros transmis une fois la rencontre confirmée.
offer-ask-place = Où? (ex. : café Bridgehead, 366, rue Bank)
offer-place-invalid = Décrivez le lieu en quelques mots (de 3 à 200 caractères).
offer-place-help = Le lieu n'est transmis à la personne qu'une fois sa demande acceptée.
offer-ask-link = Envoyez le lien vidéo que vous voulez utiliser, ou laissez-moi en créer un.
offer-link-generate = Créer un lien pour moi
offer-link-invalid = Envoyez un lien qui commence par https://
offer-link-help = Tout lien de réunion convient (Zoom, Teams, Google Meet). Le lien que je crée est une salle Jitsi Meet gratuite.
offer-ask-weeks = Une seule fois, ou chaque semaine à cette heure? (ou écrivez, ex. : 6 semaines)
offer-weeks-once = Une seule fois
offer-weeks-n = Chaque semaine pendant { $weeks } semaines
offer-weeks-invalid = Choisissez une option, ou écrivez un nombre de semaines de 1 à { $most } (ex. : 6 semaines).
offer-weeks-help = Une offre hebdomadaire crée une plage par semaine, à l'heure locale choisie, y compris au changement d'heure.
offer-summary = { $weeks ->
    [1] Le { $when }, { $minutes } min, { $format }{ $where ->
            [none] {""}
           *[other] {" "}: { $where }
        }. Offrir cette plage?
   *[other] Le { $when } et chaque semaine pendant { $weeks } semaines, { $minutes } min, { $format }{ $where ->
            [none] {""}
           *[other] {" "}: { $where }
        }. Offrir ces plages?
}
offer-confirm-yes = Oui, offrir
offer-confirm-invalid = Répondez oui pour offrir cette plage, ou envoyez RETOUR pour la modifier.
offer-confirm-help = Les personnes nouvellement arrivées de votre domaine pourront demander cette plage. Vous acceptez ou refusez chaque demande.
offer-created = { $skipped ->
    [0] { $count ->
            [one] C'est fait : 1 plage offerte.
           *[other] C'est fait : { $count } plages offertes.
        }
   *[other] C'est fait : { $count } plages offertes; { $skipped } écartées (passées ou en conflit avec vos autres plages).
}
offer-ask-phone = Quel numéro donner pour les rencontres par téléphone? Écrivez-le (ex. : 613-555-0100) ou utilisez le bouton. Seules les personnes dont vous confirmez la rencontre l'auront. "Mon numéro de téléphone", dans le menu, le change. "Aucun numéro" : vous vous écrirez par le bot.
offer-phone-none = Aucun numéro
offer-phone-invalid = Ce n'est pas un numéro de téléphone. Tapez-en un comme 613-555-0100, ou choisissez "Aucun numéro".
offer-phone-help = Le numéro est transmis seulement aux personnes dont vous confirmez la rencontre, avec la confirmation. Sans numéro, vous vous écrivez par le bot (ECRIRE et le numéro de la rencontre) et convenez de qui appelle.
