numbers-usage-period = Tapez stats, ou stats et une période : semaine, mois, trimestre, annee, ou deux dates, par exemple : stats 2026-01-01 2026-03-31
numbers-header = Du { $start } au { $end } (entre parenthèses, la période d'avant, de durée égale) :
numbers-people = { $channel ->
    [sms] Personnes nouvellement arrivées : actives { $newcomers_active } ({ $newcomers_active_before }), nouvelles { $newcomers_new } ({ $newcomers_new_before }). Connecteurs : actifs { $connectors_active } ({ $connectors_active_before }), nouveaux { $connectors_new } ({ $connectors_new_before }).
   *[other] Personnes nouvellement arrivées actives : { $newcomers_active } ({ $newcomers_active_before })
        Nouvelles inscriptions : { $newcomers_new } ({ $newcomers_new_before })
        Connecteurs actifs : { $connectors_active } ({ $connectors_active_before })
        Nouveaux connecteurs : { $connectors_new } ({ $connectors_new_before })
}
numbers-meetings = { $channel ->
    [sms] Rencontres : demandées { $requested } ({ $requested_before }), tenues { $held } ({ $held_before }), absences { $noshow } ({ $noshow_before }).
   *[other] Rencontres demandées : { $requested } ({ $requested_before })
        Rencontres tenues : { $held } ({ $held_before })
        Absences : { $noshow } ({ $noshow_before })
}
numbers-chart-weeks = Rencontres tenues par semaine
numbers-week-of = { $day }
numbers-chart-funnel = Rencontres demandées pendant la période
numbers-funnel-requested = Demandées
numbers-funnel-confirmed = Confirmées
numbers-funnel-held = Tenues
numbers-command-export = Un tableau en fichier CSV (participants, rencontres)
numbers-usage-export = Tapez exporter, le tableau (participants, rencontres, recommandations, emplois, emplois-suivi ou mentorats), et au besoin une période (semaine, mois, trimestre, annee ou deux dates). Ajoutez coordonnees pour les noms et numéros, par exemple : exporter participants coordonnees
numbers-export-telegram-only = Les fichiers sont envoyés sur Telegram seulement. Lancez exporter depuis Telegram.
numbers-export-ready = { $channel ->
    [sms] Les fichiers sont envoyés sur Telegram seulement. Lancez exporter depuis Telegram.
   *[other] { $contacts ->
        [yes] Le tableau { $name }, { $rows } lignes, avec les coordonnées (cette demande est notée au journal) :
       *[other] Le tableau { $name }, { $rows } lignes, sans les coordonnées :
    }
}
numbers-col-id = id
numbers-col-role = rôle
numbers-col-status = statut
numbers-col-sector = secteur
numbers-col-city = ville
numbers-col-language = langue
numbers-col-registered = inscription
numbers-col-held = rencontres tenues
numbers-col-name = nom
numbers-col-phone = téléphone
numbers-col-telegram = id Telegram
numbers-col-connector = connecteur
numbers-col-newcomer = personne nouvellement arrivée
numbers-col-starts = début
numbers-col-requested = demandée le
numbers-col-missed = rencontres manquées
numbers-col-absent = personne absente
numbers-col-reporter = absence signalée par
