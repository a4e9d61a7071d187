pairing-match-about = Proposer un mentor et une personne mentorée l'un à l'autre
pairing-match-usage = Tapez jumeler, le numéro de la personne mentorée, puis celui du mentor, par exemple : jumeler 12 34
pairing-suggest-about = Les cinq meilleurs mentors pour une personne mentorée
pairing-suggest-usage = Tapez suggerer et le numéro de la personne mentorée, par exemple : suggerer 12
pairing-unknown = Personne n'a le numéro { $id }.
pairing-match-same = Il faut deux personnes différentes pour un jumelage.
pairing-not-member-mentee = #{ $id } { $name } n'est pas encore dans un programme de mentorat comme personne mentorée. La demande se fait dans le menu (Programme de mentorat); vous la confirmez avec approuver { $id }.
pairing-not-member-mentor = #{ $id } { $name } n'est pas encore mentor du { $programme }. La demande se fait dans le menu comme mentor; vous la confirmez avec approuver { $id }.
pairing-not-oriented = #{ $id } { $name } n'a pas encore fait l'orientation. Elle se commence dans le menu, ou notez une orientation suivie en personne : orientation { $id }
pairing-not-active = #{ $id } { $name } est en pause ou a quitté le programme; pas de jumelage possible pour l'instant.
pairing-match-exists = Ces deux personnes ont déjà un jumelage en cours.
pairing-match-sent = Jumelage #{ $id } proposé : { $mentee } avec { $name }. Les deux ont 7 jours pour répondre; je vous dirai leur réponse.
pairing-proposed-mentee = { $channel ->
    [sms] Mentor proposé : { $name }, { $profession }, { $city } ({ $languages }). L'acceptez-vous? Merci de répondre d'ici 7 jours.
   *[other] Le { $programme } vous propose un mentor : { $name }, { $profession }, { $city } (langues : { $languages }). Voulez-vous { $name } comme mentor? Merci de répondre d'ici 7 jours.
    }
pairing-proposed-mentor = { $channel ->
    [sms] Personne à mentorer : { $name }, { $profession }, { $city } ({ $languages }). Acceptez-vous? Merci de répondre d'ici 7 jours.
   *[other] Le { $programme } vous propose une personne à mentorer : { $name }, { $profession }, { $city } (langues : { $languages }). Acceptez-vous d'accompagner { $name }? Merci de répondre d'ici 7 jours.
    }
pairing-which = { $answer ->
    [yes] Oui à quelle proposition?
   *[other] Non à quelle proposition?
}
pairing-which-item = { $name } (jumelage #{ $id })
pairing-accept = Oui, j'accepte
pairing-decline = Non, merci
pairing-proposal-closed = Cette proposition n'est plus ouverte. La coordination vous écrira si quelque chose change.
pairing-accepted-waiting = Merci! Il reste à attendre la réponse de { $name }. Je vous l'annonce dès que possible.
pairing-both-accepted = Bonne nouvelle : { $name } et vous avez dit oui. Indiquez d'abord vos objectifs et quand vous vous rencontrez d'habitude; { $name } confirmera ensuite.
pairing-introduced-about = Noter la rencontre de présentation d'un jumelage accepté par les deux; leur entente s'ouvre
pairing-introduced-usage = Tapez presentes et le numéro du jumelage, par exemple : presentes #3 (ou presentes #3 non, si le jumelage ne doit pas aller plus loin)
pairing-introduced-none = Le jumelage #{ $id } n'attend pas de rencontre de présentation (les deux doivent avoir dit oui, dans un programme qui en prévoit une).
pairing-introduced = Présentation notée pour le jumelage #{ $id } : { $mentee } indique maintenant l'entente, et { $name } la confirme.
pairing-coordinator-introduce = Jumelage #{ $id } : { $mentee } et { $name } ont dit oui. Organisez la rencontre de présentation avec les deux; une fois tenue, tapez : presentes #{ $id }
pairing-introduction-wait = { $side ->
    [mentee] Bonne nouvelle : { $name } et vous avez dit oui. L'équipe du programme va organiser une courte rencontre de présentation avec vous deux; ensuite, vous indiquerez votre entente ici.
   *[mentor] Bonne nouvelle : { $name } et vous avez dit oui. L'équipe du programme va organiser une courte rencontre de présentation avec vous deux; ensuite, { $name } indiquera l'entente ici et vous la confirmerez.
}
pairing-introduced-mentee = Votre rencontre de présentation avec { $name } est notée. Indiquez maintenant vos objectifs et quand vous vous rencontrez d'habitude; { $name } confirmera ensuite.
pairing-introduced-mentor = Votre rencontre de présentation avec { $name } est notée. { $name } va indiquer ses objectifs et un moment habituel de rencontre; je vous demanderai ensuite de confirmer.
pairing-introduced-ended = Le jumelage #{ $id } de { $mentee } avec { $name } ne va pas plus loin après la présentation; les deux sont avisés. Pour suggérer un autre mentor : suggerer et le numéro de la personne mentorée.
pairing-introduction-ended = Après la rencontre de présentation, le jumelage avec { $name } ne va pas plus loin. Merci de votre temps; la coordination vous recontactera.
pairing-coordinator-accepted = Jumelage #{ $id } : { $mentee } et { $name } ont accepté tous les deux.
pairing-ask-reason = C'est noté : ce jumelage n'aura pas lieu. Puis-je vous demander pourquoi? Choisissez une raison ou écrivez quelques mots, si vous le voulez. Seule la coordination le verra.
pairing-reason-no-time = Je n'ai pas le temps en ce moment
pairing-reason-not-fit = Ce jumelage ne me convient pas
pairing-reason-asked = on lui a demandé pourquoi; sa réponse suivra, s'il y en a une
pairing-coordinator-reason = Jumelage #{ $id } : la raison du refus de { $name } : { $reason }
pairing-reason-none = Je préfère ne pas le dire
pairing-reason-invalid = Choisissez une raison ou écrivez quelques mots (200 caractères au plus).
pairing-reason-help = Votre réponse aide la coordination à proposer un meilleur jumelage. Elle seule la verra.
pairing-declined-thanks = Merci de votre réponse. La coordination vous écrira.
pairing-other-declined = Le mentorat proposé avec { $name } n'aura pas lieu. La coordination vous écrira.
pairing-side-mentee = la personne mentorée
pairing-side-mentor = le mentor
pairing-coordinator-declined = Jumelage #{ $id } de { $mentee } avec { $name } refusé par { $who }. Raison : { $reason }
pairing-coordinator-expired = Jumelage #{ $id } de { $mentee } avec { $name } expiré : pas de réponse en 7 jours de { $names }.
pairing-expired = Le mentorat proposé avec { $name } a expiré sans réponse. La coordination vous écrira.
pairing-suggest-title = { $count ->
    [one] Le meilleur mentor pour { $name } :
   *[other] Les { $count } meilleurs mentors pour { $name } :
    }
pairing-suggest-item = { $channel ->
    [sms] #{ $id } { $name }, { $profession }, { $city } : { $reasons }
   *[other] #{ $id } { $name }, { $profession }, { $city } (place pour { $count }) :
        { $reasons }
    }
pairing-suggest-none = Aucun mentor à suggérer pour { $name } pour l'instant : personne n'a de place, ou il n'y a pas encore de mentors.
pairing-suggest-pick = Proposer l'un d'eux à { $name }?
pairing-suggest-match = { $name }
pairing-reason-french = francophone, comme demandé
pairing-reason-same-sector = dans le secteur de la personne
pairing-reason-close-profession = profession proche
pairing-reason-objective = correspond à l'objectif de carrière
pairing-reason-shared-language = une langue en commun
pairing-reason-same-city = dans sa ville
pairing-reason-same-region = dans sa région
pairing-reason-same-employer = travaille pour l'employeur
pairing-reason-nothing = a de la place pour mentorer
pairing-both-accepted-mentor = Bonne nouvelle : { $name } et vous avez dit oui. { $name } va indiquer ses objectifs et un moment habituel de rencontre; je vous demanderai ensuite de confirmer.
pairing-agreement-start = Indiquer notre entente
pairing-ask-goal = { $count ->
    [1] Objectif 1 sur 3 : que voulez-vous atteindre avec votre mentor? En quelques mots, par exemple : pratiquer les entrevues.
   *[other] Objectif { $count } sur 3? Écrivez-le, ou choisissez "C'est tout".
    }
pairing-goals-done = C'est tout
pairing-goal-invalid = Écrivez votre objectif en quelques mots (3 à 80 caractères).
pairing-goal-help = Un objectif, c'est ce que vous voulez atteindre d'ici la fin, en quelques mots : pratiquer les entrevues, comprendre mon domaine au Canada, développer un réseau.
pairing-ask-day = Quel jour de la semaine vous rencontrerez-vous d'habitude?
pairing-weekday-0 = lundi
pairing-weekday-1 = mardi
pairing-weekday-2 = mercredi
pairing-weekday-3 = jeudi
pairing-weekday-4 = vendredi
pairing-weekday-5 = samedi
pairing-weekday-6 = dimanche
pairing-day-invalid = Choisissez un jour de la semaine.
pairing-day-help = Le jour habituel de vos rencontres. Vous pourrez toujours choisir un autre jour au besoin.
pairing-ask-time = Vers quelle heure, d'habitude? Choisissez-en une, ou écrivez-la (par ex. 18 h 30).
pairing-time-help = L'heure habituelle de vos rencontres, dans votre fuseau horaire, par exemple 18 h 30.
pairing-ask-format = Comment vous rencontrerez-vous d'habitude?
pairing-format-help = En personne, par téléphone ou par vidéo : la manière de vous rencontrer la plupart des semaines.
pairing-goal-line = { $count }. { $text }
pairing-agreement-summary = Votre entente avec { $name } : { $count ->
        [1] un objectif
       *[other] { $count } objectifs
    }, et des rencontres d'habitude le { $day } à { $time }, { $format }. L'envoyer à { $name } pour confirmation?
pairing-agreement-send = Envoyer
pairing-confirm-invalid = Choisissez "Envoyer", ou revenez en arrière pour changer quelque chose.
pairing-confirm-help = Une fois envoyée, votre mentor la lit et la confirme, ou demande un changement.
pairing-agreement-sent = Envoyée. Je vous dirai quand { $name } aura confirmé.
pairing-agreement-goals = Objectifs de { $name } :
    { $goals }
pairing-agreement-review = D'habitude le { $day } à { $time }, { $format }. Cette entente vous convient-elle?
pairing-agreement-ok = Oui, d'accord
pairing-agreement-change = Demander un changement
pairing-started = Votre mentorat avec { $name } a commencé : du { $start } au { $end }, avec un objectif de { $hours } heures de rencontres. { $as_mentor ->
    [yes] Chaque semaine, je demanderai à { $name } si vous avez pu vous voir; chaque mois, vous ferez tous deux un court bilan.
   *[other] Chaque semaine, je vous demanderai si vous avez pu vous voir, et chaque mois comment cela se passe.
}
pairing-coordinator-started = Jumelage #{ $id } : { $mentee } et { $name } ont conclu leur entente; le mentorat dure jusqu'au { $end }.
pairing-ask-change = Que voulez-vous changer? Écrivez-le en quelques mots pour la personne mentorée.
pairing-change-invalid = Dites en quelques mots quoi changer (3 à 200 caractères).
pairing-change-help = Par exemple : pourrions-nous nous voir le jeudi? Vos mots vont à la personne mentorée.
pairing-change-asked = { $name } aimerait un changement à votre entente : "{ $note }"
pairing-agreement-again = L'indiquer de nouveau
pairing-change-sent = Envoyé à { $name }. Vous recevrez la nouvelle entente à confirmer.
