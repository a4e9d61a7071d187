settings-summary = { $paused ->
    [yes] Nouvelles demandes : en pause.
   *[other] Nouvelles demandes : ouvertes.
} { $auto ->
    [yes] Les demandes sont acceptées automatiquement.
   *[other] Vous acceptez ou refusez chaque demande.
} { $capacity ->
    [0] Aucune limite par mois.
    [one] Au plus 1 rencontre par mois.
   *[other] Au plus { $capacity } rencontres par mois.
}
settings-pause = Mettre les demandes en pause
settings-resume = Reprendre les demandes
settings-auto = Accepter automatiquement
settings-manual = Décider de chaque demande
settings-capacity = Fixer une limite par mois
settings-ask-capacity = Combien de rencontres par mois au maximum? (0 : aucune limite)
settings-capacity-invalid = Envoyez un nombre de 0 à { $most }.
settings-capacity-help = Une fois la limite atteinte, vos plages ne sont plus proposées avant le mois suivant.
