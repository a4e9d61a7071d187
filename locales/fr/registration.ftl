registration-welcome = { $channel ->
    [sms] Welcome to Connector! Bienvenue à Connecteur!
        Language / Langue? STOP to opt out / ARRET pour vous désinscrire.
   *[other] Welcome to Connector, where newcomers meet professionals in their field.
        Bienvenue à Connecteur, où les personnes nouvellement arrivées rencontrent des professionnels de leur domaine.
        Choose your language / Choisissez votre langue :
}
registration-consent = { $channel ->
    [sms] Nous conservons votre nom, votre profession, votre ville et vos langues pour vous proposer des contacts. La coordination voit votre profil; les personnes que vous demandez à rencontrer voient votre nom et votre profession, et votre numéro seulement une fois la rencontre acceptée. D'accord?
   *[other] Avant de commencer : nous conservons votre nom, votre profession, votre domaine, votre ville et vos langues afin de vous proposer des contacts. Votre nom et vos coordonnées ne sont transmis qu'aux personnes que vous acceptez de rencontrer, et l'équipe de coordination peut voir votre profil. Vous pouvez en demander la suppression en tout temps.
        Acceptez-vous que nous conservions ces renseignements et que nous vous contactions?
}
registration-consent-invalid = Merci de répondre oui ou non.
registration-consent-help = Votre accord est nécessaire pour conserver votre profil. Si vous refusez, nous ne gardons rien, sauf le fait que vous avez refusé.
registration-consent-refused = C'est noté. Nous n'avons conservé aucun de vos renseignements. Si vous changez d'avis, écrivez-nous simplement de nouveau.
registration-ask-role = Laquelle de ces phrases vous décrit?
registration-role-mentee = Je viens d'arriver au Canada et je cherche à élargir mon réseau
registration-role-connector = J'exerce ma profession ici et j'offre des rencontres
registration-role-invalid = Merci de choisir l'une des options.
registration-role-help = Les personnes nouvellement arrivées rencontrent des professionnels pendant 30 minutes. Les professionnels (nos connecteurs) offrent quelques-unes de ces rencontres.
registration-ask-name = Quel nom voulez-vous afficher? (Votre prénom suffit.)
registration-name-invalid = Envoyez un nom d'au moins une lettre (60 caractères au plus).
registration-name-help = C'est le nom que verront les autres participants une fois une rencontre confirmée.
registration-ask-profession = Quelle est votre profession, en quelques mots? (ex. : ingénieure civile, comptable)
registration-profession-invalid = Décrivez votre profession en quelques mots (de 2 à 80 caractères).
registration-profession-help = Nous nous en servons pour trouver des gens de votre domaine. Un titre de poste, c'est parfait.
registration-ask-sector = Quel est votre domaine?
registration-sector-invalid = Merci de choisir un domaine de la liste.
registration-sector-help = Ce sont les dix grandes catégories de la Classification nationale des professions du Canada. Choisissez la plus proche; votre titre de poste reste tel que vous l'avez écrit.
registration-ask-city = Dans quelle ville habitez-vous?
registration-city-invalid = Envoyez le nom de votre ville (de 2 à 60 caractères).
registration-city-help = Votre ville nous permet de vous proposer des gens à proximité pour des rencontres en personne.
registration-ask-languages = Quelles langues parlez-vous? Choisissez, ou écrivez-les (ex. : arabe, espagnol).
# Capitals on SMS: FRANÇAIS stays in GSM-7 (Ç is in it, ç is not).
registration-languages-en = { $channel ->
    [sms] ANGLAIS
   *[other] Anglais
}
registration-languages-fr = { $channel ->
    [sms] FRANÇAIS
   *[other] Français
}
registration-languages-both = { $channel ->
    [sms] LES DEUX
   *[other] Français et anglais
}
registration-languages-invalid = Écrivez vos langues séparées par des virgules (ex. : arabe, espagnol).
registration-languages-help = Nous jumelons des gens qui ont une langue en commun. Indiquez toutes les langues que vous parlez avec aisance.
registration-ask-timezone = Quel est votre fuseau horaire? Choisissez, ou écrivez une ville (ex. : Calgary).
registration-timezone-invalid = Je ne connais pas ce fuseau horaire. Choisissez-en un dans la liste ou écrivez une ville proche.
registration-timezone-help = Nous affichons l'heure de chaque rencontre dans votre fuseau horaire.
registration-timezone-found = { $place } : { $zone }, il est { $now }.
registration-summary = { $channel ->
    [sms] Vérifiez : { $name }, { $profession }, { $city }. Langues : { $languages }. C'est exact?
   *[other] Merci de vérifier :
        Nom : { $name }
        Rôle : { $role }
        Profession : { $profession } ({ $sector })
        Ville : { $city }
        Langues : { $languages }
        Fuseau horaire : { $timezone }
        Est-ce exact?
}
registration-confirm-yes = { $channel ->
    [sms] Oui
   *[other] Oui, c'est exact
}
registration-confirm-invalid = Répondez oui pour enregistrer, ou envoyez RETOUR pour modifier une réponse.
registration-confirm-help = Oui enregistre votre profil. RETOUR vous ramène à la question précédente; aucune réponse n'est perdue.
registration-complete = Merci, { $name }! Votre inscription est terminée.
registration-paused = Vos réponses sont enregistrées. Écrivez-moi quand vous voudrez continuer.
registration-code-unknown = Le code que vous avez envoyé, { $code }, ne me dit rien : il contient sans doute une faute, ou a été remplacé. Votre inscription est faite malgré tout. Demandez à la personne qui vous l'a donné de le vérifier, puis envoyez REJOINDRE et le code.
