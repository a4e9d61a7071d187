coordination-command-find = Chercher par nom, profession, ville, secteur ou langue
coordination-command-who = La fiche d'une personne (par numéro)
coordination-command-grant = Confier une fonction (coordination, organisme, mentor)
coordination-command-remove = Retirer une fonction
coordination-command-pause = Mettre les rencontres d'une personne en pause
coordination-command-resume = Lever une pause
coordination-command-audit = Actions d'administration, par personne, action, période
coordination-usage-find = Tapez chercher et des mots d'un nom, d'une profession ou d'une ville, une fonction, un état (attente, pause, refusé), secteur santé, langue fr, ou une liste : sans plages, jamais réservé, sans recommandation, injoignable. Par exemple : chercher ingénieur Toronto
coordination-usage-person = Tapez la commande et le numéro de la personne, par exemple : fiche 12 (chercher donne les numéros).
coordination-usage-role = Tapez la commande, le numéro de la personne, puis coordination, organisme ou mentor, par exemple : accorder 12 organisme
coordination-usage-audit = Tapez journal, ou ajoutez un numéro de personne, une action et une période, par exemple : journal 12 erase mois, ou journal 2026-11-01 2026-11-30
coordination-found = { $paged ->
    [yes] Personnes trouvées : { $total } ({ $first_shown } à { $last_shown } ci-dessous) :
   *[other] { $total ->
        [one] Une personne trouvée :
       *[other] { $total } personnes trouvées :
    }
}
    { $lines }
coordination-found-nobody = Personne ne correspond.
coordination-found-none = Personne ne correspond à "{ $text }".
coordination-person = #{ $id } { $name } ({ $role }) : { $profession }, { $city }
coordination-no-such-person = Aucune personne active ne porte le numéro { $id }.
coordination-profile = { $channel ->
    [sms] #{ $id } { $name } ({ $roles }, { $status }) : { $profession }, { $city }. Rencontres { $held }, absences { $noshow }, à venir { $upcoming }. En pause : { $paused ->
        [yes] oui
       *[other] non
    }.
   *[other] #{ $id } { $name }
        Rôles : { $roles } ({ $status })
        Profession : { $profession }
        Ville : { $city }
        Rencontres tenues : { $held }, absences : { $noshow }, à venir : { $upcoming }
        En pause : { $paused ->
            [yes] oui
           *[other] non
        }
}
coordination-status-waiting = en attente d'approbation
coordination-status-refused = candidature refusée
coordination-status-registering = inscription en cours
coordination-status-active = participation active
coordination-status-paused = en pause
coordination-status-consent-refused = consentement refusé
coordination-status-erased = données effacées
coordination-not-yourself = Vous ne pouvez pas modifier vos propres accès ni vous mettre en pause; demandez à une autre personne de la coordination.
coordination-role-held = { $name } (#{ $id }) a déjà la fonction { $role }.
coordination-role-not-held = { $name } (#{ $id }) n'a pas la fonction { $role }.
coordination-granted = { $name } (#{ $id }) a maintenant la fonction { $role }.
coordination-revoked = { $name } (#{ $id }) n'a plus la fonction { $role }.
coordination-last-coordinator = C'est la dernière personne de la coordination; donnez d'abord cet accès à quelqu'un d'autre.
coordination-you-were-granted = La coordination vous a confié une nouvelle fonction : { $role }. Tapez menu pour voir ce que vous pouvez faire.
coordination-you-are-paused = La coordination a mis vos rencontres en pause pour le moment. Écrivez au programme si vous avez des questions.
coordination-paused = { $name } (#{ $id }) est en pause.
coordination-resumed = { $name } (#{ $id }) peut de nouveau participer.
coordination-audit = { $newest ->
    [yes] Actions d'administration, les plus récentes d'abord :
   *[other] Actions d'administration plus anciennes :
}
    { $lines }
coordination-audit-none = Aucune action d'administration ne correspond.
coordination-audit-line = { $when } #{ $who } { $action } { $detail }
coordination-pause-yourself = Vous ne pouvez pas vous mettre en pause : une autre personne de la coordination peut le faire, avec pause et votre numéro.
