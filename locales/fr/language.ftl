language-name-en = English
language-name-fr = Français
language-choose = Choose your language / Choisissez votre langue :
language-invalid = Please choose English or French. / Choisissez anglais ou français.
language-help = Choose the language I will write to you in; send LANGUAGE to change it later. / Choisissez la langue dans laquelle je vous écrirai; envoyez LANGUE pour la changer plus tard.
language-changed = C'est fait : je vous écrirai en français désormais.
