# Le certificat de fin de programme (un PDF, jamais envoyé en texte). Valeurs : $name la
# personne, $programme le nom du programme, $start et $end des dates déjà écrites, $hours un
# nombre.
certificate-title = Certificat de réussite
certificate-presented = Le présent certificat atteste que
certificate-completed = a terminé avec succès le programme de mentorat
certificate-dates = du { $start } au { $end }
certificate-hours =
    { $hours ->
        [one] { $hours } heure de mentorat
       *[other] { $hours } heures de mentorat
    }
certificate-signatory-role = Coordination du programme
certificate-document-title = Certificat de réussite, { $programme } : { $name }
# L'attestation de participation : un mentorat fermé avant d'avoir atteint ses semaines ou ses
# heures. $weeks : sa durée en semaines.
certificate-participation-title = Attestation de participation
certificate-participation-presented = La présente atteste que
certificate-participation-completed = a participé au programme de mentorat
certificate-participation-dates = du { $start } au { $end } ({ $weeks ->
        [one] 1 semaine
       *[other] { $weeks } semaines
    })
certificate-participation-document-title = Attestation de participation, { $programme } : { $name }
