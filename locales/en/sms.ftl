sms-help = Connector: short meetings with professionals in your field, for newcomers. Programme contact: { $contact }. Reply MENU for options, STOP to opt out.
sms-help-no-contact = Connector: short meetings with professionals in your field, for newcomers. Reply MENU for options, STOP to opt out.
sms-resubscribed = Welcome back! You will receive our messages again. STOP to opt out.
sms-help-both = Connector / Connecteur: short meetings with professionals / courtes rencontres avec des professionnels.{ $contact ->
    [none] {""}
   *[other] {" "}Contact: { $contact }.
} STOP to opt out / ARRET pour vous désinscrire.
