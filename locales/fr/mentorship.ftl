mentorship-menu-join = Programme de mentorat
mentorship-menu-refer = Orienter une personne vers le mentorat
mentorship-command-refer = Donner à un client un code pour un programme de mentorat
mentorship-refer-usage = Tapez orienter seul, ou orienter et l'identifiant d'un programme, par exemple : orienter career
mentorship-refer-unknown = Aucun programme de mentorat ne porte cet identifiant. Les programmes : { $programmes }.
mentorship-refer-code = Code pour votre client : { $code } ({ $programme }). Sur Telegram, il ouvre { $link } et par texto, il envoie REJOINDRE { $code } à ce numéro. Le code sert une fois. Nous vous dirons s'il est accepté ou réorienté.
mentorship-code-used = Ce code a déjà servi. Demandez-en un nouveau à votre organisme, ou tapez menu.
mentorship-agency-client-joined = Votre client { $name } (#{ $id }) a utilisé le code { $code } et répond aux questions du { $programme }.
mentorship-referred-by = { $agency } vous oriente vers le { $programme }. Quelques questions vérifient s'il vous convient maintenant.
mentorship-none = Aucun programme de mentorat n'est ouvert pour le moment.
mentorship-ask-programme = Quel programme voulez-vous rejoindre?
mentorship-programme-label = { $programme }
mentorship-programme-invalid = Merci de choisir l'un des programmes de la liste.
mentorship-programme-help = Chaque programme jumelle une personne nouvellement arrivée avec une professionnelle ou un professionnel d'ici, pour des rencontres régulières pendant quelques mois.
mentorship-ask-role = Voulez-vous un mentor, ou en devenir un?
mentorship-join-as-mentee = Je veux un mentor
mentorship-join-as-mentor = Je veux devenir mentor
mentorship-role-invalid = Merci de choisir l'une des deux options.
mentorship-role-help = Les mentorés sont des personnes nouvellement arrivées qui cherchent un emploi dans leur domaine. Les mentors travaillent ici et guident l'une d'elles.
mentorship-intake-start = Quelques questions pour le { $programme }. Tapez retour pour changer une réponse, ou menu pour sortir; vos réponses sont gardées.
mentorship-where = { $programme }, comme { $role } : { $status }
mentorship-role-mentee = mentoré
mentorship-role-mentor = mentor
mentorship-status-is-intake = questions en cours
mentorship-status-is-waiting = la coordination vérifie vos réponses
mentorship-status-is-eligible = accepté
mentorship-status-is-ineligible = réorienté pour l'instant
mentorship-status-is-active = jumelé
mentorship-status-is-closed = terminé
mentorship-ask-status = Quel est votre statut d'immigration au Canada?
mentorship-status-pr = Résident permanent
mentorship-status-refugee = Personne protégée ou réfugiée
mentorship-status-other = Autre
mentorship-status-unasked = -
mentorship-status-invalid = Merci de choisir l'un des statuts de la liste.
mentorship-status-help = Le programme s'adresse aux résidents permanents et aux personnes protégées (réfugiés au sens de la Convention). Pour les autres statuts, d'autres programmes existent.
mentorship-ask-education = Avez-vous fait vos études (grade, titre professionnel) hors du Canada?
mentorship-education-help = Le programme aide les professionnels formés à l'étranger à trouver un emploi dans leur domaine.
mentorship-yes-no-invalid = Merci de répondre oui ou non.
mentorship-ask-credential = Quel est le plus haut titre que vous avez obtenu?
mentorship-credential-college = Études collégiales
mentorship-credential-bachelor = Baccalauréat
mentorship-credential-master = Maitrise
mentorship-credential-doctorate = Doctorat
mentorship-credential-certificate = Titre professionnel
mentorship-credential-other = Autre
mentorship-credential-unasked = -
mentorship-credential-invalid = Merci de choisir l'un des titres de la liste.
mentorship-credential-help = Choisissez le plus haut; la coordination pourra demander des précisions plus tard.
mentorship-ask-clb = { $channel ->
    [sms] Quel est votre niveau NCLC (ou CLB), selon votre évaluation linguistique? Tapez le chiffre (1 à 12), ou AUCUN si vous n'avez pas d'évaluation.
   *[other] Quel est votre niveau NCLC (ou CLB), selon votre évaluation linguistique? Tapez le chiffre (1 à 12), ou choisissez :
}
mentorship-clb-none = Pas évalué
mentorship-clb-unassessed = non évalué
mentorship-clb-invalid = { $channel ->
    [sms] Tapez un niveau de 1 à 12, par exemple 7, ou AUCUN si vous n'avez pas d'évaluation.
   *[other] Tapez un niveau de 1 à 12, par exemple 7, ou choisissez Pas évalué.
}
mentorship-clb-help = Le niveau NCLC vient d'une évaluation linguistique. Si vos niveaux varient selon la compétence, tapez le plus bas.
mentorship-ask-region = Habitez-vous en { $region }?
mentorship-region-help = Le programme s'adresse aux personnes qui habitent en { $region }.
mentorship-ask-workshop = Avez-vous suivi un atelier de recherche d'emploi ou l'équivalent?
mentorship-workshop-help = Les organismes d'emploi offrent des ateliers de recherche d'emploi : le marché du travail canadien, le CV et les entrevues.
mentorship-ask-objective = En une ligne, quel emploi cherchez-vous? Par exemple : ingénieure civile en transport.
mentorship-objective-invalid = Décrivez l'emploi que vous cherchez en une ligne (100 caractères au plus).
mentorship-objective-help = Votre mentor vous aidera à atteindre cet objectif.
mentorship-ask-resume = Votre CV est-il à jour et adapté aux employeurs canadiens?
mentorship-resume-help = Un CV adapté aux employeurs canadiens; un organisme d'emploi peut vous aider à le préparer.
mentorship-ask-years = Depuis combien d'années travaillez-vous en { $region }? Tapez un nombre, par exemple 5.
mentorship-years-invalid = Tapez le nombre d'années, par exemple 5.
mentorship-years-help = Les mentors ont au moins { $years } ans d'expérience de travail en { $region }.
mentorship-ask-profession = Quelle est votre profession? Tapez-la, ou choisissez :
mentorship-profession-same = { $profession }
mentorship-profession-invalid = Décrivez votre profession en quelques mots.
mentorship-profession-help = Les mentorés sont jumelés avec des mentors de leur domaine ou d'un domaine voisin.
mentorship-ask-sector = Quel est votre domaine?
mentorship-ask-networks = De quels réseaux ou associations professionnels faites-vous partie? Par exemple : OIQ, RGA. Ou choisissez :
mentorship-networks-none = Aucun pour l'instant
mentorship-networks-invalid = Nommez vos réseaux séparés par des virgules, par exemple : OIQ, RGA.
mentorship-networks-help = Les mentors ouvrent leurs réseaux professionnels à leur mentoré.
mentorship-ask-languages = Dans quelles langues pourriez-vous faire du mentorat?
mentorship-ask-employer = Travaillez-vous pour { $employer }?
mentorship-employer-help = Dans ce programme, tous les mentors travaillent pour { $employer }.
mentorship-ask-commitment = Le programme demande des rencontres d'au moins { $minutes } minutes chaque semaine pendant { $weeks } semaines. Pouvez-vous vous y engager?
mentorship-commitment-help = Les mentorés comptent sur des rencontres régulières; le programme demande aux mentors de s'engager pour toute sa durée.
mentorship-programme-gone = Ce programme n'est plus offert. Tapez menu pour voir ce que vous pouvez faire.
mentorship-case-waiting = Nouvelle demande de mentorat : #{ $id } { $name } pour le { $programme }. Tapez attente pour voir les réponses.
mentorship-submitted = Merci! Vos réponses pour le { $programme } sont transmises à la coordination, qui confirmera votre place. Vous aurez des nouvelles ici.
mentorship-missing = Merci! Vos réponses pour le { $programme } sont transmises à la coordination. { $count ->
    [one] Un critère n'est pas encore rempli :
   *[other] { $count } critères ne sont pas encore remplis :
}
mentorship-missing-status = Statut : le programme s'adresse aux résidents permanents et aux personnes protégées. Un organisme d'établissement peut vous indiquer les programmes qui vous sont ouverts.
mentorship-missing-education = Études à l'étranger : le programme s'adresse aux professionnels formés à l'étranger. Un organisme d'emploi peut vous proposer un autre soutien.
mentorship-missing-clb = Langue : le programme demande le niveau NCLC { $level } ou plus. Un organisme d'établissement peut organiser une évaluation et des cours de langue gratuits.
mentorship-missing-region = Région : le programme s'adresse aux personnes qui habitent sa région. Un organisme près de chez vous peut en suggérer un autre.
mentorship-missing-workshop = Atelier de recherche d'emploi : suivez-en un, ou l'équivalent. Les organismes d'emploi en offrent gratuitement.
mentorship-missing-resume = CV : un organisme d'emploi peut vous aider à le préparer pour les employeurs canadiens.
mentorship-missing-years = Expérience : les mentors ont au moins { $years } ans de travail dans la région.
mentorship-missing-networks = Réseaux : les mentors apportent des contacts dans les réseaux d'emploi et professionnels.
mentorship-missing-employer = Employeur : tous les mentors de ce programme travaillent pour { $employer }.
mentorship-missing-commitment = Temps : les mentors s'engagent à des rencontres d'au moins { $minutes } minutes chaque semaine pendant { $weeks } semaines.
mentorship-missing-next = Ce n'est pas une impasse : la coordination examinera vos réponses avec vous. { $as_mentor ->
    [yes] Elle vous dira ce que le programme attend de ses mentors.
   *[other] { $agency ->
        [none] D'ici là, un organisme d'aide aux immigrants ou d'emploi peut vous aider à vous préparer.
       *[other] D'ici là, { $agency }, qui vous a orienté, peut vous aider à vous préparer.
    }
}
mentorship-you-are-eligible = Bonne nouvelle, { $name } : la coordination a confirmé votre place dans le { $programme }. Viendront ensuite l'orientation et le jumelage; vous aurez des nouvelles ici.
mentorship-agency-accepted = Votre client { $name } (#{ $id }) est accepté dans le { $programme }.
mentorship-approved = { $name } (#{ $id }) est accepté dans le { $programme }; nous l'en avons informé.
mentorship-you-are-referred-back = Demande de mentorat non acceptée pour l'instant. Raison : { $reason }. { $agency ->
    [none] { $contact ->
        [none] Répondez ici pour en parler.
       *[other] Pour en parler : { $contact }.
    }
   *[other] { $agency } peut vous aider.
} Vous pourrez refaire une demande.
mentorship-reply-from-referred-back = #{ $id } { $name }, réorienté par le programme de mentorat, écrit : "{ $text }"
mentorship-reply-passed-on = Merci. J'ai transmis votre message à la coordination du programme, qui vous répondra ici.
mentorship-agency-referred-back = Votre client { $name } (#{ $id }) est réorienté par le { $programme }. Raison : { $reason }
mentorship-rejected = { $name } (#{ $id }) est réorienté par le { $programme }; nous lui avons transmis votre raison.
mentorship-answer-yes = oui
mentorship-answer-no = non
mentorship-answer-unasked = -
mentorship-case = #{ $id } { $name }, { $role }, { $programme }. Organisme : { $agency ->
    [none] aucun
   *[other] { $agency }
}
mentorship-case-mentee = { $channel ->
    [sms] { $status }. Études ext. : { $educated } ({ $credential }). NCLC { $level }. Région { $region }. Atelier { $workshop }. CV { $resume }. But : { $objective }
   *[other] Statut : { $status }. Études à l'étranger : { $educated } ({ $credential }). NCLC : { $level }. Dans la région : { $region }. Atelier : { $workshop }. CV : { $resume }. But : { $objective }
}
mentorship-case-mentor = Années dans la région : { $years }. { $profession }, { $sector }. Réseaux : { $networks }. Langues : { $languages }. Employeur : { $employer }. Engagement : { $commitment }
mentorship-case-missing = Manque : { $criteria }
mentorship-criterion-status = { $channel ->
    [sms] statut
   *[other] statut d'immigration
}
mentorship-criterion-education = { $channel ->
    [sms] études
   *[other] études à l'étranger
}
mentorship-criterion-clb = { $channel ->
    [sms] NCLC
   *[other] niveau de langue
}
mentorship-criterion-region = { $channel ->
    [sms] région
   *[other] habiter la région
}
mentorship-criterion-workshop = { $channel ->
    [sms] atelier
   *[other] atelier de recherche d'emploi
}
mentorship-criterion-resume = { $channel ->
    [sms] CV
   *[other] CV à jour
}
mentorship-criterion-years = { $channel ->
    [sms] années
   *[other] années d'expérience
}
mentorship-criterion-networks = { $channel ->
    [sms] réseaux
   *[other] réseaux professionnels
}
mentorship-criterion-employer = { $channel ->
    [sms] employeur
   *[other] employeur du programme
}
mentorship-criterion-commitment = { $channel ->
    [sms] temps
   *[other] engagement de temps
}
mentorship-pending = { $channel ->
    [sms] En attente (approuver ou refuser et le numéro) :
   *[other] Demandes de mentorat à confirmer (approuver ou refuser et le numéro) :
}
    { $lines }
mentorship-pending-none = Aucune autre demande de mentorat n'attend.

## Orientation : ce que le programme attend, puis trois questions (ou /orientation).
mentorship-command-oriented = Noter qu'une personne a suivi l'orientation
mentorship-command-workshop = Noter une séance d'atelier de mentorat suivie par un mentor
mentorship-workshop-usage = Tapez atelier et le numéro du mentor, par exemple : atelier 12
mentorship-workshop-none = #{ $id } n'est pas un mentor accepté : un mentor est d'abord approuvé (approuver et le numéro).
mentorship-workshop-recorded = Séance d'atelier { $count } sur { $of } notée pour #{ $id } { $name } ({ $programme }).
mentorship-workshop-full = Toutes les séances d'atelier de #{ $id } { $name } sont déjà notées ({ $of } sur { $of }, { $programme }).
mentorship-workshop-told = La coordination a noté votre séance d'atelier de mentorat ({ $count } sur { $of }) pour le { $programme }. Merci!
mentorship-oriented-usage = Tapez orientation et le numéro de la personne, par exemple : orientation 12
mentorship-oriented-none = #{ $id } n'a pas de place en attente d'orientation. Une personne est d'abord confirmée avec approuver.
mentorship-oriented-mentee = Orientation notée pour #{ $id } { $name } ({ $programme }). On peut maintenant lui proposer un jumelage : suggerer { $id }
mentorship-oriented-mentor = Orientation notée pour #{ $id } { $name } ({ $programme }). Cette personne fera maintenant partie des mentors suggérés.
mentorship-orient-recorded = La coordination a noté votre orientation pour le { $programme }. Vous pouvez maintenant recevoir une proposition de jumelage; vous aurez des nouvelles ici.
mentorship-status-is-oriented = orientation faite, en attente de jumelage
mentorship-orient-start = Commencer l'orientation
mentorship-orient-expectations = { $channel ->
    [sms] Orientation : rencontres { $every }, { $minutes } min ou plus, pendant { $weeks } semaines (environ { $hours } h en tout). Ce que vous partagez reste entre vous deux et la coordination. Absence? Prévenez l'autre personne dès que possible. Puis 3 petites questions.
   *[other] Orientation pour le { $programme }. Ce qu'on attend de vous : vous rencontrer { $every }, au moins { $minutes } minutes, pendant { $weeks } semaines, environ { $hours } heures en tout. Ce que vous partagez reste entre vous deux et la coordination. Si une rencontre ne peut pas avoir lieu, prévenez l'autre personne dès que possible. Trois petites questions suivent.
    }
mentorship-orient-read = J'ai lu
mentorship-orient-read-help = Répondez oui quand vous avez lu, et les trois questions suivront.
mentorship-orient-ask-often = Question 1 sur 3 : à quelle fréquence vous rencontrez-vous?
mentorship-orient-often-week = Chaque semaine
mentorship-orient-often-two-weeks = Toutes les deux semaines
mentorship-orient-often-month = Une fois par mois
mentorship-every-week = chaque semaine
mentorship-every-two-weeks = toutes les deux semaines
mentorship-every-month = une fois par mois
mentorship-every-once = une fois
mentorship-orient-pick-help = Choisissez une des réponses (par texto, son numéro).
mentorship-orient-wrong-often = Pas tout à fait : dans ce programme, on se rencontre { $every }. Essayez encore.
mentorship-orient-ask-length = Question 2 sur 3 : combien de temps dure le mentorat?
mentorship-orient-length-right = { $weeks } semaines, environ { $hours } heures en tout
mentorship-orient-length-short = 2 semaines, une rencontre
mentorship-orient-length-year = Un an, sans nombre d'heures fixe
mentorship-orient-wrong-length = Pas tout à fait : il dure { $weeks } semaines, environ { $hours } heures en tout. Essayez encore.
mentorship-orient-ask-absent = Question 3 sur 3 : vous ne pouvez pas venir à une rencontre. Que faites-vous?
mentorship-orient-absent-tell = Je préviens l'autre personne dès que possible et on choisit un autre moment
mentorship-orient-absent-skip = Rien; on se voit la semaine suivante
mentorship-orient-absent-later = Je le dis à la coordination à la fin
mentorship-orient-wrong-absent = Pas tout à fait : prévenez l'autre personne dès que possible et choisissez ensemble un autre moment. Essayez encore.
mentorship-orient-done = Bravo : votre orientation pour le { $programme } est terminée. La coordination va maintenant chercher votre jumelage; vous aurez des nouvelles ici.
mentorship-orient-already = Votre orientation pour le { $programme } est déjà faite, ou pas encore ouverte.
