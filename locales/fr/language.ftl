language-name-en = English
language-name-fr = Français
language-choose = Choose your language / Choisissez votre langue :
language-invalid = Please choose English or French. / Choisissez anglais ou français.
language-help = Le robot vous écrira dans la langue choisie. Vous pourrez la changer plus tard en envoyant LANGUE.
language-changed = C'est fait : je vous écrirai en français désormais.
