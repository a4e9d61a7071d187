# Mentorat : suivi hebdomadaire, Mon mentorat, fin du mentorat, evaluation finale et certificat.
# Le temps est $hours et $minutes (nombres entiers) sur $target heures.
mentoring-menu = Mon mentorat
mentoring-close-about = Clore un mentorat (le numéro de la personne mentorée, ou # et le numéro du jumelage)
mentoring-close-usage = Tapez cloturer et le numéro de la personne mentorée (ou # et le numéro du jumelage), puis retrait si elle a quitté le programme, ou termine pour accorder le certificat plus tot. Par exemple : cloturer 12, cloturer #3 retrait, cloturer 12 termine
mentoring-week-ask = { $channel ->
    [sms] Semaine { $week } : avez-vous vu { $name }? Si oui, ajoutez la durée : 1 1h30
   *[other] Semaine { $week } de votre mentorat : avez-vous rencontré votre mentor { $name } cette semaine? Vous pouvez aussi taper oui et la durée : oui 1h30
    }
mentoring-week-again = { $channel ->
    [sms] Désolé, je n'ai pas compris. Semaine { $week } : avez-vous vu { $name } cette semaine?
   *[other] Désolé, je n'ai pas compris. Semaine { $week } de votre mentorat : avez-vous rencontré votre mentor { $name } cette semaine?
    }
mentoring-which = Vous accompagnez { $count } personnes en ce moment. Quel mentorat?
mentoring-which-item = { $name } (jumelage #{ $id })
mentoring-week-yes = Oui, en personne
mentoring-week-remote = Oui, par téléphone ou vidéo
mentoring-week-no = Non, pas cette semaine
mentoring-week-closed = La question de cette semaine est close. Je vous la reposerai la semaine prochaine.
mentoring-week-noted-no = C'est noté, merci. Je vous reposerai la question la semaine prochaine.
mentoring-ask-duration = Combien de temps a duré la rencontre? Choisissez, ou écrivez-le (par ex. 1 h 30 ou 45 min).
mentoring-duration = { $minutes ->
    [0] { $hours ->
        [one] 1 heure
       *[other] { $hours } heures
        }
   *[other] { $hours ->
        [0] { $minutes } minutes
       *[other] { $hours } h { $minutes }
        }
    }
mentoring-duration-invalid = Choisissez une durée, ou écrivez-la comme 1 h 30, 90 min ou 2 heures (de 5 minutes à 10 heures).
mentoring-duration-help = La durée totale de la rencontre. Elle compte dans les heures du programme.
mentoring-ask-topics = { $channel ->
    [sms] Sur quoi avez-vous travaillé? Un ou des numéros (ex. : 2 4).
   *[other] { $count ->
        [0] Sur quoi avez-vous travaillé? Choisissez-en un; vous pourrez en ajouter d'autres.
       *[other] Autre chose? Choisissez-en un autre, ou "C'est tout".
    }
}
mentoring-topic-resume = CV
mentoring-topic-interview = Pratique d'entrevue
mentoring-topic-networking = Réseautage
mentoring-topic-research = Recherche sur le marché du travail
mentoring-topic-other = Autre chose
mentoring-topics-done = C'est tout
mentoring-topics-invalid = Choisissez une des options, ou plusieurs numéros (ex. : 2 4).
mentoring-topics-help = { $channel ->
    [sms] Ce sur quoi vous avez travaillé cette semaine : un numéro, ou plusieurs dans une réponse (ex. : 2 4).
   *[other] Ce sur quoi vous avez travaillé cette semaine; choisissez tout ce qui s'applique, puis "C'est tout".
}
mentoring-week-logged = C'est noté, merci : { $topics }{ $extra ->
    [0] {""}
    [one] {" "}et 1 autre sujet
   *[other] {" "}et { $extra } autres sujets
    }. Jusqu'ici : { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } sur { $target } heures.
mentoring-coordinator-missed = Jumelage #{ $id } : { $mentee } n'a pas vu { $name } depuis deux semaines de suite (jusqu'à la semaine { $week }).
mentoring-closed = Votre mentorat avec { $name } est maintenant terminé ({ $reason }). Temps noté : { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } sur { $target } heures. Merci!
mentoring-reason-planned = date de fin prévue
mentoring-reason-mutual = d'un commun accord
mentoring-reason-coordinator = par la coordination
mentoring-reason-completed = réussi, selon la coordination
mentoring-reason-withdrawn = retrait du programme
mentoring-evaluate-invite = Une dernière chose : une courte évaluation finale (4 questions) aide le programme.
mentoring-evaluate-start = Commencer l'évaluation
mentoring-coordinator-closed = Jumelage #{ $id } de { $mentee } avec { $name } terminé ({ $reason }) : { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } sur { $target } heures notées.
mentoring-end-soon = Votre mentorat avec { $name } se termine le { $end }. Le terminer comme prévu, ou le prolonger?
mentoring-close-as-planned = Terminer comme prévu
mentoring-extend-by = Prolonger de { $weeks } semaines
mentoring-plan-noted = C'est noté : votre mentorat se termine le { $end }.
mentoring-not-active = Ce mentorat n'est plus en cours.
mentoring-extend-asked = { $name } aimerait prolonger votre mentorat de { $weeks } semaines, jusqu'au { $end }. D'accord?
mentoring-extend-agree = Oui, prolonger
mentoring-extend-refuse = Non, terminer comme prévu
mentoring-extend-sent = J'ai demandé à { $name } de prolonger de { $weeks } semaines. Je vous dirai sa réponse.
mentoring-extend-none = Aucune prolongation n'attend votre réponse.
mentoring-extended = Votre mentorat est prolongé de { $weeks } semaines : il se termine maintenant le { $end }.
mentoring-coordinator-extended = Jumelage #{ $id } de { $mentee } avec { $name } prolongé de { $weeks } semaines, jusqu'au { $end }.
mentoring-extend-refused = { $name } préfère terminer comme prévu, le { $end }.
mentoring-end-asked = { $name } aimerait terminer votre mentorat maintenant. D'accord?
mentoring-end-agree = Oui, terminer maintenant
mentoring-end-refuse = Non, on continue
mentoring-end-sent = J'ai demandé à { $name } de confirmer. Je vous dirai sa réponse.
mentoring-end-none = Aucune demande de fin n'attend votre réponse.
mentoring-end-refused = { $name } préfère continuer le mentorat.
mentoring-end-kept = C'est noté : le mentorat continue.
mentoring-end-now = Terminer mon mentorat
mentoring-close-none = Personne avec le numéro { $id } n'a de mentorat en cours.
mentoring-close-done = Jumelage #{ $id } de { $mentee } avec { $name } terminé ({ $reason }). Les deux personnes ont été avisées.
mentoring-certificate = { $channel ->
    [sms] { $completed ->
        [yes] Votre certificat de réussite est disponible. Choisissez Mon mentorat dans le menu pour l'obtenir.
       *[no] Votre attestation de participation est disponible. Choisissez Mon mentorat dans le menu pour l'obtenir.
    }
   *[other] { $completed ->
        [yes] Voici votre certificat de réussite. Félicitations!
       *[no] Voici votre attestation de participation, avec les semaines et les heures de votre mentorat. Merci d'y avoir pris part.
    }
}
mentoring-certificate-link = { $completed ->
    [yes] Votre certificat de réussite (PDF) : { $url }
   *[no] Votre attestation de participation (PDF) : { $url }
}
mentoring-certificate-by-coordinator = { $completed ->
    [yes] Votre certificat de réussite est disponible; la coordination vous l'enverra.
   *[no] Votre attestation de participation est disponible; la coordination vous l'enverra.
}
mentoring-coordinator-certificate = Veuillez envoyer { $completed ->
        [yes] le certificat de réussite
       *[no] l'attestation de participation ({ $weeks ->
            [0] moins d'une semaine
            [one] 1 semaine
           *[other] { $weeks } semaines
        })
    } à { $mentee } (jumelage #{ $id } avec { $name }) : du { $start } au { $end }, { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    }. Cette personne lit par texto.
mentoring-certificate-none = Il n'y a ni certificat ni attestation pour ce mentorat : il a été fermé comme un retrait.
mentoring-certificate-again = Obtenir mon certificat ou attestation
mentoring-not-closed = Ce mentorat n'est pas encore terminé.
mentoring-evaluation-given = Vous avez déjà donné votre évaluation. Merci!
mentoring-ask-rating = Dans l'ensemble, comment s'est passé votre mentorat, de 1 (très faible) à 5 (excellent)?
mentoring-rating-5 = Excellent
mentoring-rating-4 = Bien
mentoring-rating-3 = Passable
mentoring-rating-2 = Faible
mentoring-rating-1 = Très faible
mentoring-rating-invalid = Choisissez une note de 1 à 5.
mentoring-rating-help = 5 veut dire excellent, 1 très faible.
mentoring-ask-helped = { $channel ->
    [sms] Qu'est-ce qui vous a le plus aidé? Un ou des numéros (ex. : 2 4).
   *[other] { $count ->
        [0] Qu'est-ce qui vous a le plus aidé? Choisissez-en un; vous pourrez en ajouter d'autres.
       *[other] Autre chose qui vous a aidé? Choisissez-en un autre, ou "C'est tout".
    }
}
mentoring-helped-advice = Des conseils de carrière
mentoring-helped-contacts = Des contacts et des présentations
mentoring-helped-resume = De l'aide pour mon CV
mentoring-helped-interview = La pratique d'entrevue
mentoring-helped-confidence = La confiance en soi
mentoring-ask-helped-mentor = { $channel ->
    [sms] Qu'est-ce qui a le plus aidé le mentorat? Un ou des numéros (ex. : 2 4).
   *[other] { $count ->
        [0] Qu'est-ce qui a le plus aidé le mentorat? Choisissez-en un; vous pourrez en ajouter d'autres.
       *[other] Autre chose qui a aidé? Choisissez-en un autre, ou "C'est tout".
    }
}
mentoring-helped-mentor-advice = Mes conseils de carrière
mentoring-helped-mentor-contacts = Des contacts et des présentations
mentoring-helped-mentor-resume = Le travail sur le CV
mentoring-helped-mentor-interview = La pratique d'entrevue
mentoring-helped-mentor-confidence = Sa confiance en soi grandissante
mentoring-helped-invalid = Choisissez une des options, ou plusieurs numéros (ex. : 2 4).
mentoring-helped-help = { $channel ->
    [sms] Un numéro, ou plusieurs dans une réponse (ex. : 2 4).
   *[other] Choisissez tout ce qui s'applique, puis "C'est tout".
}
mentoring-ask-recommend = Recommanderiez-vous le programme à d'autres personnes?
mentoring-recommend-yes = Oui
mentoring-recommend-no = Non
mentoring-recommend-invalid = Répondez oui ou non.
mentoring-recommend-help = Votre réponse aide le programme à s'améliorer.
mentoring-ask-comment = Voulez-vous dire quelque chose à la coordination? Écrivez-le, ou passez.
mentoring-comment-skip = Passer
mentoring-comment-invalid = Écrivez quelques mots (300 caractères au plus), ou passez.
mentoring-comment-help = Seule la coordination le lira.
mentoring-coordinator-low = Jumelage #{ $id } de { $mentee } avec { $name } : { $who } a noté le mentorat { $rating } sur 5. Commentaire : { $comment }
mentoring-coordinator-comment = Jumelage #{ $id } de { $mentee } avec { $name } : { $who } l'a noté { $rating } sur 5 et a écrit : { $comment }
mentoring-evaluation-thanks = Merci pour votre évaluation!
mentoring-none = Vous n'avez pas encore de mentorat. La coordination vous en proposera un.
mentoring-partner-mentee = Votre mentor
mentoring-partner-mentor = Votre personne mentorée
mentoring-summary = { $side } : { $name }. { $closed ->
    [yes] Du { $start } au { $end } (terminé).
   *[other] Du { $start } au { $end }.
    } Temps noté : { $minutes ->
    [0] { $hours } h
   *[other] { $hours } h { $minutes }
    } sur { $target } heures, dont { $in_minutes ->
    [0] { $in_hours } h
   *[other] { $in_hours } h { $in_minutes }
    } en personne.
mentoring-weeks-show = Semaine par semaine
mentoring-weeks = { $scope ->
    [all] Semaine par semaine :
   *[last] Les { $shown } dernières semaines :
    }
    { $weeks }
mentoring-weeks-line = { $channel ->
    [sms] { $week } : { $outcome ->
        [met] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes }
        }{ $mode ->
            [face] {" en personne"}
            [remote] {" à distance"}
           *[other] {""}
        }
        [not-met] pas vus
        [missed] sans réponse
       *[other] en attente
    }
   *[other] Semaine { $week } : { $outcome ->
        [met] { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes }
        }{ $mode ->
            [face] {" en personne"}
            [remote] {" par téléphone ou vidéo"}
           *[other] {""}
        }{ $has_topic ->
            [yes] , { $topic }{ $extra ->
                [0] {""}
               *[other] {" "}+{ $extra }
            }
           *[no] {""}
        }
        [not-met] pas de rencontre
        [missed] sans réponse
       *[other] réponse attendue
    }
}
mentoring-summary-usual = Vous vous voyez d'habitude le { $day } à { $time }, { $format }.
mentoring-summary-goals = { $count ->
    [one] Objectif :
   *[other] Objectifs :
    }
    { $goals }
mentoring-goal-line = - { $text }
mentoring-other-gone = { $name } ne peut plus recevoir de messages du programme : votre mentorat est en pause, sans questions de la semaine ni du mois pour le moment. La coordination vous contactera.
mentoring-coordinator-gone = { $departed } n'est plus joignable (désinscription, ou bot bloqué) : le jumelage #{ $id } de { $mentee } avec { $name } est en pause, et l'autre personne est avisée. Pour y mettre fin : cloturer { $number } retrait
mentoring-numbers = { $channel ->
    [sms] Mentorat depuis le début : { $applied } candidatures ({ $by_agency } par un organisme), { $eligible } admissibles, { $oriented } orientées, { $matched } jumelées, { $running } en cours. Terminés { $ended } : { $completions } réussis, { $participations } participation, { $withdrawals } retraits ({ $rate } % de réussite). Heures { $hours }/{ $target } ({ $share } %).
   *[other] Programmes de mentorat depuis le début :
        Candidatures de mentorés : { $applied } (orientées par un organisme : { $by_agency })
        Admissibles : { $eligible }; orientation suivie : { $oriented }; jumelées : { $matched }
        Mentorats en cours : { $running }
        Terminés : { $ended } (réussis { $completions }, attestation de participation { $participations }, retraits { $withdrawals }); taux de réussite { $rate } %
        Temps noté : { $minutes ->
            [0] { $hours } h
           *[other] { $hours } h { $minutes }
        } sur { $target } heures visées ({ $share } %), dont { $in_person } h en personne
}
mentoring-numbers-said = { $channel ->
    [sms] Mentors : { $mentors } en tout, { $mentors_now } en ce moment, { $trained } formés. Mentorés : { $mentee_evaluations ->
        [0] aucune évaluation
       *[other] { $mentee_whole },{ $mentee_tenths }/5 ({ $mentee_evaluations }), { $mentee_recommend } % le recommandent
    }; mentors : { $mentor_evaluations ->
        [0] aucune
       *[other] { $mentor_whole },{ $mentor_tenths }/5 ({ $mentor_evaluations }), { $mentor_recommend } %
    }. Organismes : { $agencies ->
        [none] aucun
       *[other] { $agencies }
    }
   *[other] Mentors participants : { $mentors } en tout, { $mentors_now } en ce moment; { $trained } ont suivi tout l'atelier de mentorat
        Évaluations finales des mentorés : { $mentee_evaluations ->
            [0] aucune pour l'instant
           *[other] { $mentee_evaluations }, moyenne { $mentee_whole },{ $mentee_tenths }/5, le recommandent { $mentee_recommend } %
        }
        Des mentors : { $mentor_evaluations ->
            [0] aucune pour l'instant
           *[other] { $mentor_evaluations }, moyenne { $mentor_whole },{ $mentor_tenths }/5, le recommandent { $mentor_recommend } %
        }
        Orientations par organisme : { $agencies ->
            [none] aucune pour l'instant
           *[other] { $agencies }
        }
}
mentoring-numbers-agency = { $name } { $referred } ({ $eligible } admissibles, { $matched } jumelées)
mentoring-col-agency = orienté par l'organisme
mentoring-col-mentor = mentor
mentoring-col-started = début
mentoring-col-ended = fin
mentoring-col-reason = motif de clôture
mentoring-col-result = résultat
mentoring-col-minutes = minutes notées
mentoring-col-target = minutes visées
mentoring-col-mentee-rating = note du mentoré
mentoring-col-mentee-recommend = le mentoré recommande
mentoring-col-mentor-rating = note du mentor
mentoring-col-mentor-recommend = le mentor recommande
