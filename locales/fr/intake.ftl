intake-waiting = Merci, { $name }! Votre inscription est faite. La coordination vérifie chaque nouveau profil avant les rencontres; vous recevrez un message ici une fois la vérification faite, en général d'ici quelques jours. D'ici là, vous pouvez consulter ou corriger votre profil.
intake-waiting-digest = { $count ->
    [one] Une personne attend une approbation.
   *[other] { $count } personnes attendent une approbation.
} Tapez attente pour voir qui.
intake-someone-waiting = Une personne attend une approbation : #{ $id } { $name }. Tapez attente pour voir qui attend.
intake-choice-more = Suite
intake-command-pending = Personnes en attente d'approbation
intake-command-approve = Approuver une personne en attente (par numéro)
intake-command-reject = Refuser une personne en attente, avec la raison
intake-command-profile = Une personne, ses rencontres et ce qui en a été dit
intake-command-meetings = Rencontres, par période ou par personne
intake-command-feedback = Notes et commentaires privés
intake-command-settle = Trancher une rencontre contestée
intake-command-lift = Lever une pause pour absences
intake-command-introduce = Présenter une personne nouvelle à un connecteur
intake-usage-reject = Tapez refuser, le numéro de la personne et la raison qu'elle lira, par exemple : refuser 12 nous n'avons pas pu vérifier votre profession
intake-usage-scope = Tapez la commande seule, avec le numéro d'une personne (12) ou une période : jour, semaine, mois, annee ou un nombre de jours (10j).
intake-usage-settle = Tapez trancher seul pour voir les contestations, ou : trancher 7 tenue, ou trancher 7 absent 12 (12 n'est pas venu).
intake-usage-lift = Tapez debloquer seul pour voir qui est en pause, ou debloquer et le numéro de la personne, par exemple : debloquer 12
intake-usage-introduce = Tapez presenter, le numéro de la personne nouvelle, celui du connecteur et une note si vous voulez, par exemple : presenter 12 15 Tous deux en génie civil
intake-pending = { $more ->
    [yes] En attente d'approbation (la suite en plus) :
   *[other] En attente d'approbation :
}
    { $lines }
intake-pending-none = Personne n'attend d'approbation.
intake-pending-line = #{ $id } { $name } ({ $role }) : { $profession }, { $city }
intake-not-waiting = { $name } (#{ $id }) n'attend pas d'approbation.
intake-you-are-approved = Bienvenue, { $name }! La coordination a approuvé votre profil : vous participez maintenant comme { $role }. Tapez menu pour voir ce que vous pouvez faire.
intake-approved = Profil de { $name } (#{ $id }) approuvé; la personne en est informée.
intake-you-are-rejected = Merci d'avoir voulu participer. La coordination ne peut pas approuver votre profil pour l'instant. Raison : { $reason }. { $contact ->
    [none] Vous pouvez répondre ici pour en parler avec la coordination.
   *[other] Pour en parler, contactez le programme : { $contact }.
}
intake-rejected = Profil de { $name } (#{ $id }) refusé; nous lui avons transmis votre raison.
intake-status-requested = demandée
intake-status-confirmed = confirmée
intake-status-declined = déclinée
intake-status-cancelled = annulée
intake-status-held = tenue
intake-status-no-show = absence
intake-status-expired = expirée
intake-status-disputed = contestée
intake-status-unconfirmed = non confirmée
intake-meeting-line = #{ $id } { $when } { $connector }/{ $mentee } : { $status }
intake-meetings = Rencontres :
    { $lines }
intake-meetings-none = Aucune rencontre trouvée.
intake-feedback = Ce que les gens ont dit (privé) :
    { $lines }
intake-feedback-none = Aucune réponse trouvée.
intake-feedback-line = #{ $meeting } { $name } : { $met ->
    [yes] rencontre, { $rating ->
        [0] sans note
       *[other] { $rating }/5
    }{ $comment ->
        [none] {""}
       *[other] , "{ $comment }"
    }
   *[other] pas de rencontre ({ $reason ->
        [other_absent] l'autre n'est pas venu
        [self_absent] n'a pas pu venir
        [rescheduled] rencontre déplacée
       *[other] sans raison
    })
}
intake-no-such-meeting = Il n'y a pas de rencontre numéro { $id }.
intake-not-a-side = La rencontre #{ $id } est entre #{ $connector } et #{ $mentee } : nommez l'une de ces personnes comme absente.
intake-cannot-settle = La rencontre #{ $id } ne se tranche pas : elle n'a pas encore eu lieu.
intake-settled = La rencontre #{ $id } est maintenant notée : { $status }.
intake-disputes = Rencontres contestées (trancher 7 tenue, ou trancher 7 absent 12) :
    { $lines }
intake-disputes-none = Aucune rencontre contestée.
intake-not-paused = { $name } (#{ $id }) n'est pas en pause.
intake-paused = En pause (debloquer et le numéro pour lever la pause) :
    { $lines }
intake-paused-none = Personne n'est en pause.
intake-paused-line = #{ $id } { $name }
intake-not-a-mentee = Le numéro { $id } n'est pas une personne nouvelle approuvée.
intake-not-a-connector = Le numéro { $id } n'est pas un connecteur approuvé.
intake-introduced-mentee = La coordination vous présente { $name } ({ $profession }).{ $note ->
    [none] {""}
   *[other] {" "}Note : { $note }.
}{ $slots ->
    [0] {" "}Cette personne n'a pas de plage libre pour l'instant; cherchez-la plus tard dans Trouver un connecteur.
   *[other] {" "}Choisissez un moment pour vous rencontrer :
}
intake-introduced-connector = La coordination vous présente { $name } ({ $profession }), qui pourra demander l'une de vos plages.{ $note ->
    [none] {""}
   *[other] {" "}Note : { $note }
}
intake-introduced = { $mentee } et { $connector } sont présentés; { $slots ->
    [0] le connecteur n'a pas encore de plage libre.
    [one] une plage a été proposée à { $mentee }.
   *[other] { $slots } plages ont été proposées à { $mentee }.
}
intake-role-removed = La coordination vous a retiré le statut { $role }. Tapez menu pour voir ce que vous pouvez faire.
intake-settled-told = { $outcome ->
    [held] L'équipe du programme a noté que votre rencontre avec { $name } ({ $when }) a bien eu lieu. Merci!
    [you] L'équipe du programme a noté votre absence à la rencontre avec { $name } ({ $when }). S'il y a erreur, dites-le à l'équipe du programme.
   *[other] L'équipe du programme a noté l'absence de { $name } à votre rencontre ({ $when }). Merci de nous l'avoir signalé.
}
