# On SMS the names double as words to type, and FRANÇAIS keeps the message in GSM-7 (Ç is in
# it, ç is not), so the welcome costs one segment rather than two.
language-name-en = { $channel ->
    [sms] ENGLISH
   *[other] English
}
language-name-fr = { $channel ->
    [sms] FRANÇAIS
   *[other] Français
}
language-choose = Choose your language / Choisissez votre langue :
language-invalid = { $channel ->
    [sms] Please reply 1 or 2. / Répondez 1 ou 2.
   *[other] Please choose English or French. / Choisissez anglais ou français.
}
language-help = Choose the language I will write to you in; send LANGUAGE to change it later. / Choisissez la langue dans laquelle je vous écrirai; envoyez LANGUE pour la changer plus tard.
language-changed = C'est noté : je vous écrirai désormais dans cette langue.
