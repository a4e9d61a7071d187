menu-main = Que souhaitez-vous faire?
menu-choice-profile = Mon profil
menu-choice-language = Changer de langue
menu-choice-help = Aide
menu-choice-stats = Chiffres du programme
menu-profile = { $channel ->
    [sms] { $name } ({ $role }) : { $profession }, { $city }. Langues : { $languages }.
   *[other] Votre profil :
        Nom : { $name }
        Rôle : { $role }
        Profession : { $profession } ({ $sector })
        Ville : { $city }
        Langues : { $languages }
        Fuseau horaire : { $timezone }
}
menu-stats =
    Chiffres du programme :
    Personnes nouvellement arrivées participantes : { $mentees }
    Connecteurs participants : { $connectors }
    En attente d'approbation : { $waiting }
    Refusées à l'approbation : { $rejected }
    Inscriptions en cours : { $registering }
    Consentements refusés : { $refused }
    Injoignables (robot bloqué, désinscription, numéro invalide) : { $unreachable }
menu-not-understood = Désolé, je n'ai pas compris. Que souhaitez-vous faire?
menu-choice-phone = Partager mon numéro de téléphone
menu-share-phone = Touchez le bouton ci-dessous pour partager votre numéro de téléphone : le programme pourra aussi vous joindre par texto. Seules l'équipe de coordination et les personnes que vous rencontrez le verront.
menu-share-phone-button = Partager mon numéro
menu-phone-saved = Merci! Le programme peut maintenant vous joindre aussi par texto.
menu-phone-taken = Ce numéro est déjà inscrit au nom d'une autre personne. Communiquez avec le programme s'il s'agit d'une erreur.
menu-phone-invalid = Je n'ai pas pu lire ce numéro. Utilisez le bouton pour partager votre propre numéro.
menu-choice-find = Trouver un connecteur
menu-choice-meetings = Mes rencontres
menu-choice-offer = Offrir une plage
menu-choice-slots = Mes plages et rencontres
menu-choice-settings = Réglages des demandes
menu-choice-more = Plus
menu-choice-back = Retour au menu
menu-more = Autres options :
