broadcast-command = Envoyer un message à tous, aux nouveaux arrivants, aux connecteurs ou à un secteur
broadcast-usage = Tapez diffuser, le public (tous, nouveaux, connecteurs, un secteur comme sante, ville Toronto, ou langue fr), pour plus tard à 2026-12-10 09:00, puis le texte EN | le texte FR. Exemple : diffuser tous Open house Dec 3 | Portes ouvertes le 3 déc. Aussi : diffuser prevues, diffuser annuler 7
broadcast-audience-all = tout le monde
broadcast-audience-mentees = les nouveaux arrivants
broadcast-audience-connectors = les connecteurs
broadcast-audience-language-en = les anglophones
broadcast-audience-language-fr = les francophones
broadcast-nobody = Personne ({ $audience }) n'est joignable pour le moment : il n'y a rien à envoyer.
broadcast-ask-other = { $language ->
    [en] Envoyez maintenant le texte pour les anglophones : chaque personne recevra le message dans sa langue.
   *[fr] Envoyez maintenant le texte pour les francophones : chaque personne recevra le message dans sa langue.
}
broadcast-help-other = Chaque personne recevra la diffusion dans sa langue. Envoyez le texte pour l'autre langue, ou MENU pour abandonner la diffusion.
broadcast-text-invalid = Envoyez seulement le texte du message, de 2 à { $most } caractères.
broadcast-preview = { $channel ->
    [sms] Pour { $audience } : { $total ->
        [one] 1 personne
       *[other] { $total } personnes
    }. EN : { $en_sms } SMS, { $en_telegram } Telegram. FR : { $fr_sms } SMS, { $fr_telegram } Telegram.{ $sim ->
        [0] {""}
       *[other] {" "}Simulateur : { $sim }.
    } Injoignables : { $unreachable }. Segments par SMS : EN { $en_segments }, FR { $fr_segments }.{ $mismatch ->
        [en] {" "}Texte EN en français?
        [fr] {" "}Texte FR en anglais?
        [both] {" "}Textes inversés?
       *[none] {""}
    } { $scheduled ->
        [yes] Envoyer le { $at }?
       *[no] Envoyer?
    }
   *[other] Diffusion pour { $audience } : { $total ->
        [one] 1 personne
       *[other] { $total } personnes
    }.
        Anglophones : { $en_sms } par SMS, { $en_telegram } sur Telegram
        Francophones : { $fr_sms } par SMS, { $fr_telegram } sur Telegram{ $sim ->
            [0] {""}
           *[other] {"\u000A"}Simulateur : { $sim }
        }
        Injoignables, exclus : { $unreachable }
        Chaque SMS, avec la ligne de désinscription : { $en_segments } segments en anglais, { $fr_segments } en français.
        Texte anglais : { $en_text }
        Texte français : { $fr_text }{ $mismatch ->
            [en] {"\u000A"}Vérifiez : le texte anglais semble en français.
            [fr] {"\u000A"}Vérifiez : le texte français semble en anglais.
            [both] {"\u000A"}Vérifiez : les deux textes semblent inversés.
           *[none] {""}
        }
        { $scheduled ->
            [yes] Envoyer le { $at }?
           *[no] Envoyer?
        }
}
broadcast-send = Envoyer
broadcast-cancel = Ne pas envoyer
broadcast-send-or-cancel = Choisissez : envoyer la diffusion, ou ne pas l'envoyer.
broadcast-cancelled = Rien n'a été envoyé.
broadcast-queued = En file pour { $count } personnes ({ $audience }). Les messages partent au rythme de chaque canal.
broadcast-message = { $channel ->
    [sms] { $text }
        ARRET pour vous désinscrire.
   *[other] { $text }
}
broadcast-texts = Texte EN : "{ $en_text }" Texte FR : "{ $fr_text }"
broadcast-past = { $at } est déjà passé. Donnez un moment à venir, ou retirez "à" et l'heure pour envoyer tout de suite.
broadcast-scheduled = La diffusion no { $number } pour { $audience } partira le { $at }. Pour l'annuler : diffuser annuler { $number }
broadcast-not-scheduled = Aucune diffusion no { $number } n'attend de partir : elle est partie, a été annulée, ou ce numéro n'existe pas. "diffuser prevues" liste celles qui attendent.
broadcast-scheduled-cancelled = La diffusion no { $number } est annulée : rien ne sera envoyé.
broadcast-none-scheduled = Aucune diffusion n'attend de partir.
broadcast-scheduled-list = Diffusions qui attendent de partir :
    { $lines }
broadcast-scheduled-line = no { $number } { $at }, { $audience } : { $text }
broadcast-sent-later = La diffusion no { $number } est partie : { $count ->
    [one] 1 message en file
   *[other] { $count } messages en file
} ({ $audience }). Les messages partent au rythme de chaque canal.
