sms-help = Connecteur : de courtes rencontres avec des professionnels de votre domaine. Contact du programme : { $contact }. MENU pour les options, ARRET pour vous désinscrire.
sms-help-no-contact = Connecteur : de courtes rencontres avec des professionnels de votre domaine. MENU pour les options, ARRET pour vous désinscrire.
sms-resubscribed = Bon retour! Vous recevrez de nouveau nos messages. ARRET pour vous désinscrire.
sms-help-both = Connector / Connecteur: short meetings with professionals / courtes rencontres avec des professionnels.{ $contact ->
    [none] {""}
   *[other] {" "}Contact: { $contact }.
} STOP to opt out / ARRET pour vous désinscrire.
