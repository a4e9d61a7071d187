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
        Téléphone : { $phone }
}
menu-profile-no-phone = aucun numéro donné (Mon numéro de téléphone, dans le menu)
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
menu-choice-phone = Mon numéro de téléphone
menu-share-phone = Touchez le bouton ci-dessous pour partager votre numéro de téléphone, ou écrivez le numéro à donner. Le programme pourra aussi vous joindre par texto, et les personnes dont vous confirmez la rencontre pourront vous appeler. Seules l'équipe de coordination et ces personnes le verront.
menu-share-phone-button = Partager mon numéro
menu-phone-saved = Merci! Votre numéro est maintenant le { $phone } : le programme peut aussi vous joindre par texto, et les personnes dont vous confirmez la rencontre l'auront.
menu-phone-taken = Ce numéro est déjà inscrit au nom d'une autre personne. Communiquez avec le programme s'il s'agit d'une erreur.
menu-phone-invalid = Je n'ai pas pu lire ce numéro. Écrivez-en un comme 613-555-0100, ou utilisez le bouton pour partager le numéro de ce téléphone.
menu-phone-current = Votre numéro de téléphone : { $phone }. L'équipe de coordination et les personnes dont vous confirmez la rencontre peuvent l'utiliser. Pour le changer, écrivez le nouveau numéro ou partagez le numéro de ce téléphone avec le bouton. Pour ne plus en donner, choisissez "Retirer mon numéro".
menu-phone-remove = Retirer mon numéro
menu-phone-removed = C'est fait : votre numéro est retiré. Les personnes que vous rencontrez vous écrivent maintenant par le bot.
menu-phone-help = Écrivez un numéro de téléphone comme 613-555-0100, ou touchez "Partager mon numéro". Seules l'équipe de coordination et les personnes dont vous confirmez la rencontre le verront. "Menu" le laisse tel quel.
menu-choice-find = Trouver un connecteur
menu-choice-meetings = Mes rencontres
menu-choice-offer = Offrir une plage
menu-choice-slots = Mes plages et rencontres
menu-choice-settings = Réglages des demandes
menu-choice-more = Plus
menu-choice-back = Retour au menu
menu-more = Autres options :
