outcomes-menu-interview = J'ai eu une entrevue
outcomes-menu-event = Je suis allé(e) à un événement
outcomes-checkin-again = Désolé, je n'ai pas compris. Votre suivi mensuel (mois { $month }) du mentorat avec { $name } vous attend : quelques questions rapides.
outcomes-checkin-invite = { $channel ->
    [sms] Suivi mensuel (mois { $month }) de votre mentorat avec { $name } : 3 courtes questions.
   *[other] C'est le moment du suivi mensuel de votre mentorat avec { $name } (mois { $month }). Trois courtes questions; seule la coordination du programme voit vos réponses.
    }
outcomes-checkin-start = Répondre
outcomes-checkin-already = Vous avez déjà répondu à ce suivi. Merci!
outcomes-checkin-closed = Ce mentorat n'est plus en cours; il n'y a donc pas de suivi à remplir.
outcomes-checkin-satisfaction = Jusqu'ici, le mentorat vous satisfait-il? De 1 (pas du tout) à 5 (tout à fait).
outcomes-rating-1 = 1 - pas du tout
outcomes-rating-2 = 2
outcomes-rating-3 = 3
outcomes-rating-4 = 4
outcomes-rating-5 = 5 - tout à fait
outcomes-checkin-satisfaction-invalid = Choisissez un nombre de 1 à 5.
outcomes-checkin-satisfaction-help = Votre réponse aide la coordination à soutenir votre mentorat. Elle seule la voit.
outcomes-checkin-goal = Objectif { $count } : { $text }. Où en est-il?
outcomes-progress-none = Pas encore commencé
outcomes-progress-some = En progrès
outcomes-progress-achieved = Atteint
outcomes-checkin-goal-invalid = Choisissez une des options.
outcomes-checkin-goal-help = Ce sont les objectifs fixés dans votre entente de mentorat.
outcomes-checkin-concern = Y a-t-il quelque chose que la coordination devrait savoir? Écrivez-le, ou choisissez "Rien à ajouter".
outcomes-checkin-nothing = Rien à ajouter
outcomes-checkin-concern-invalid = Écrivez quelques mots (500 caractères au plus), ou choisissez "Rien à ajouter".
outcomes-checkin-concern-help = Seule la coordination du programme lit ceci. Elle pourrait vous contacter à ce sujet.
outcomes-checkin-thanks = { $told ->
    [yes] Merci pour votre suivi. J'ai transmis votre réponse à la coordination, qui pourrait vous contacter.
   *[other] Merci pour votre suivi!
    }
outcomes-checkin-alert = Suivi du jumelage #{ $id } (mois { $month }) : { $name } ({ $who }) donne { $rating }/5 au mentorat. Ses mots : { $note }
outcomes-interview-ask-name = Bravo! Avec quel employeur était l'entrevue?
outcomes-event-ask-name = Quel était l'événement? Par exemple : Salon de l'emploi en génie.
outcomes-log-name-invalid = Écrivez le nom (de 2 à 120 caractères).
outcomes-log-name-help = L'employeur ou l'événement, comme vous le diriez à une amie.
outcomes-log-ask-day = { $kind ->
    [interview] Quand a eu lieu l'entrevue? Choisissez, ou écrivez le jour, par exemple : 15 mars.
   *[other] Quand a eu lieu l'événement? Choisissez, ou écrivez le jour, par exemple : 15 mars.
    }
outcomes-log-today = Aujourd'hui
outcomes-log-yesterday = Hier
outcomes-log-day-invalid = Écrivez un jour de la dernière année, par exemple : hier, 15 mars ou 15/03.
outcomes-log-day-help = Le jour où c'était : aujourd'hui, hier, ou une date comme 15 mars.
outcomes-log-ask-role = Pour quel poste? Écrivez-le, ou passez.
outcomes-log-skip = Passer
outcomes-log-role-invalid = Écrivez le poste (de 2 à 80 caractères), ou passez.
outcomes-log-role-help = Le titre du poste, comme dans l'offre. Vous pouvez passer.
outcomes-log-thanks = { $kind ->
    [interview] Entrevue notée. Bonne chance!
   *[other] Événement noté. Merci de nous le dire!
    }
outcomes-employment-question = { $again ->
    [yes] Petit rappel : quelle est votre situation d'emploi maintenant? Un seul chiffre suffit.
   *[other] { $months ->
        [0] Quelle est votre situation d'emploi maintenant?
       *[other] { $source ->
            [mentorship] Votre mentorat s'est terminé il y a { $months } mois. Quelle est votre situation d'emploi maintenant? Votre réponse aide le programme.
           *[other] Votre première rencontre du programme date de { $months } mois. Quelle est votre situation d'emploi maintenant?
        }
    }
}
outcomes-employment-ask = Une dernière question : quelle est votre situation d'emploi maintenant?
outcomes-employment-field = En emploi dans mon domaine
outcomes-employment-related = En emploi dans un domaine connexe
outcomes-employment-other = En emploi dans un autre domaine
outcomes-employment-studying = Aux études
outcomes-employment-searching = Toujours en recherche
outcomes-employment-invalid = Choisissez une des options.
outcomes-employment-help = Votre domaine, c'est le travail que vous faisiez avant d'arriver au Canada. Seule la coordination voit votre réponse.
outcomes-employment-role = Félicitations! Quel est le poste? Écrivez le titre, ou passez.
outcomes-employment-start = Quand avez-vous commencé, ou quand commencez-vous? Choisissez, écrivez le mois (par exemple : 03/2027), ou passez.
outcomes-employment-last-month = Le mois dernier
outcomes-employment-already = Vous avez déjà répondu à cette question. Merci!
outcomes-employment-thanks = { $status ->
    [searching] Merci. Courage; le programme est là pour vous aider.
    [studying] Merci, et bonnes études!
   *[other] Merci, et félicitations!
    }
outcomes-period = { $channel ->
    [sms] Suivis { $checkins } ({ $checkins_before }), alertes { $alerts } ({ $alerts_before }). Entrevues { $interviews } ({ $interviews_before }), événements { $events } ({ $events_before }).
   *[other] Suivis mensuels remplis : { $checkins } ({ $checkins_before })
        Alertes à la coordination : { $alerts } ({ $alerts_before })
        Entrevues notées : { $interviews } ({ $interviews_before })
        Événements notés : { $events } ({ $events_before })
}
outcomes-employment-numbers = { $channel ->
    [sms] Emploi depuis le début, à la fin/3/6/12 mois : réponses { $at_answered }; dans le domaine { $at_field }; connexe { $at_related }; autre { $at_other }; études { $at_studying }; en recherche { $at_searching }. { $people ->
        [0] Délai avant un emploi : aucun encore.
       *[other] Délai médian avant un emploi : { $days } jours ({ $people }).
    }
   *[other] Emploi depuis le début (à la clôture / 3 / 6 / 12 mois) :
        Réponses : { $at_answered }
        En emploi dans leur domaine : { $at_field }
        Dans un domaine connexe : { $at_related }
        Dans un autre domaine : { $at_other }
        Aux études : { $at_studying }
        Toujours en recherche : { $at_searching }
        { $people ->
            [0] Délai avant un emploi : personne en emploi encore.
            [one] Délai avant un emploi depuis le début du programme : { $days } jours (1 personne).
           *[other] Délai médian avant un emploi depuis le début du programme : { $days } jours ({ $people } personnes).
        }
}
outcomes-col-programme = programme
outcomes-col-months = mois après
outcomes-col-started = début du programme
outcomes-col-answered = répondu le
