find-ask-field = Qui souhaitez-vous rencontrer?
find-my-field = Des gens de mon domaine ({ $sector })
find-any-field = Des gens de tous les domaines
find-field-invalid = Choisissez l'une des options.
find-field-help = Les connecteurs sont des professionnels qui offrent des conversations de 30 minutes. Ce sont les gens de votre domaine qui peuvent vous aider le plus.
find-results = Connecteurs disponibles :
find-card = { $channel ->
    [sms] { $name }, { $profession } : { $next }
   *[other] { $name }, { $profession } ({ $languages }). Prochaine plage : { $next }
}
find-more = Voir la suite
find-none = Aucun connecteur de votre domaine n'a de plage libre pour l'instant.
find-no-more = C'est tout pour l'instant.
find-pick-invalid = Choisissez un connecteur dans la liste.
find-connector-help = Choisissez une personne pour voir ses plages libres. Ses coordonnées sont transmises une fois la rencontre confirmée.
find-ask-slot = { $channel ->
    [sms] { $name } ({ $languages }). Quelle plage?
   *[other] { $name }, { $profession } ({ $languages }). Choisissez une plage :
}
find-slot-invalid = Choisissez l'une des plages.
find-slot-help = Les heures sont celles de votre fuseau horaire. Chaque rencontre dure 30 minutes.
find-ask-note = Un petit mot pour la personne, en une ligne? (ex. : ingénieure civile, je vise le secteur municipal)
find-no-note = Pas de mot
find-note-invalid = Écrivez votre mot en une seule ligne (de 2 à 140 caractères).
find-note-help = Ce mot aide la personne à se préparer. Il est facultatif.
find-no-slots-left = { $name } n'a plus de plage libre; quelqu'un vient sans doute de prendre la dernière. Vous pouvez choisir une autre personne.
find-other-connectors = Voir d'autres personnes
