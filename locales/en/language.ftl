language-name-en = English
language-name-fr = Français
language-choose = Choose your language / Choisissez votre langue :
language-invalid = Please choose English or French. / Choisissez anglais ou français.
language-help = The bot will write to you in the language you choose. You can change it later by sending LANGUAGE.
language-changed = Done: I will write to you in English from now on.
