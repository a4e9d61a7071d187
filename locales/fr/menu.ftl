menu-main = Que souhaitez-vous faire?
menu-choice-profile = Mon profil
menu-choice-language = Changer de langue
menu-choice-help = Aide
menu-choice-stats = Chiffres du programme
menu-profile =
    Votre profil :
    Nom : { $name }
    Statut : { $role }
    Profession : { $profession } ({ $sector })
    Ville : { $city }
    Langues : { $languages }
    Fuseau horaire : { $timezone }
menu-stats =
    Chiffres du programme :
    Personnes nouvellement arrivées inscrites : { $mentees }
    Connecteurs inscrits : { $connectors }
    Inscriptions en cours : { $registering }
    Consentements refusés : { $refused }
menu-not-understood = Désolé, je n'ai pas compris.
