find-ask-field = Quel domaine?
find-my-field = Des gens de mon domaine ({ $sector })
find-any-field = Des gens de tous les domaines
find-field-invalid = Choisissez l'une des options.
find-field-help = Les connecteurs sont des professionnels qui offrent des conversations de 30 minutes. Ce sont les gens de votre domaine qui peuvent vous aider le plus.
find-results = { $channel ->
    [sms] { $scope ->
        [any] Tous les domaines
        [other] Le domaine choisi
       *[mine] Votre domaine
    }{ $note ->
        [none] {""}
       *[other] , mot noté
    }. Répondez par un numéro (un mot peut suivre) :
   *[other] { $scope ->
        [any] Connecteurs de tous les domaines
        [other] Connecteurs du domaine choisi
       *[mine] Connecteurs de votre domaine
    }, avec leur prochaine plage.{ $note ->
        [none] {""}
       *[other] {" "}Votre mot : "{ $note }".
    } Touchez une heure pour la demander. Pour joindre un mot, envoyez-le d'abord.
}
find-card = { $channel ->
    [sms] { $name }, { $profession } : { $next }
   *[other] { $name }, { $profession } ({ $languages }). Prochaine plage : { $next }
}
find-more = Voir la suite
find-none = Aucun connecteur de votre domaine n'a de plage libre pour l'instant.
find-no-more = C'est tout pour l'instant.
find-pick-invalid = Choisissez une plage dans la liste (son numéro), ou écrivez un mot de 2 à 140 caractères.
find-connector-help = Choisissez une plage pour la demander à la personne. Un mot après le numéro (ou envoyé avant de choisir) l'aide à se préparer. Les coordonnées sont transmises une fois la rencontre confirmée.
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
find-other-times-choice = Autres heures
find-other-times = { $channel ->
    [sms] Autres heures :
   *[other] Autres heures avec ces personnes :{ $note ->
        [none] {""}
       *[other] {" "}(votre mot : "{ $note }")
    }
}
find-time = { $name } : { $when }
find-back-to-list = Retour à la liste
find-options = Options de recherche
find-ask-filter = Affiner la recherche :
find-only-language = Parle { $language }
find-any-language = Toutes les langues
find-only-city = En personne à { $city }
find-any-city = Toutes les villes et formules
find-other-field = Autre domaine
find-filter-help = Vous pouvez ne chercher que des gens qui parlent l'une de vos langues, ou qui vous rencontrent en personne dans votre ville, ou chercher dans un autre domaine.
find-none-anywhere = Aucun connecteur n'a de plage libre pour l'instant. Revenez voir dans quelques jours.
find-none-other = Aucun connecteur de ce domaine n'a de plage libre pour l'instant.
find-none-filtered = Personne ne correspond à cette recherche pour l'instant. Essayez d'autres options.
find-every-field = Tout domaine
find-no-times = { $name } ({ $profession }) n'a pas de plage libre pour l'instant.
find-ask-for-times = Lui demander des plages
find-another-connector = Trouver un autre connecteur
find-watching = J'ai demandé à { $name } de proposer des plages. Je vous écrirai dès que ce sera fait.
find-times-asked = { $name } ({ $profession }) aimerait vous rencontrer, mais vous n'avez pas de plage libre pour l'instant. Pourriez-vous en proposer quelques-unes? Je le lui dirai.
find-times-opened = { $name } a ouvert des plages. Choisissez-en une pour la demander :
